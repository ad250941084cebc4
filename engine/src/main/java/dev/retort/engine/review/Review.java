package dev.retort.engine.review;

import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.risk.OpTables;
import dev.retort.engine.risk.Risk;
import dev.retort.engine.risk.RiskAssessor;
import dev.retort.engine.risk.RiskLevel;
import dev.retort.engine.risk.TableRows;
import dev.retort.engine.runtime.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The review of the upgrades that would run, in the order they would run.
 *
 * @param judgedFor the database the risks are judged for, as {@link #key(SqlDialect)} names it
 * @param rowsKnown whether the estimates came from a database, rather than an offline review that knows none
 * @param revisions the revisions, in the order they would be applied
 */
public record Review(String judgedFor, boolean rowsKnown, List<ReviewedRevision> revisions) {
  public Review {
    Objects.requireNonNull(judgedFor, "judgedFor == null");
    revisions = List.copyOf(revisions);
  }

  /**
   * Reviews {@code steps}, judged for {@code judgedFor}, with SQL for each of {@code sqlFor}. The operations
   * are judged as one list, so a table an earlier revision creates counts as empty in a later one.
   *
   * @param rows the estimates of the database reviewed against, or {@link TableRows#UNKNOWN} offline
   */
  public static Review of(List<Step> steps, SqlDialect judgedFor, List<SqlDialect> sqlFor, TableRows rows) {
    List<SchemaOp> all = new ArrayList<>();
    steps.forEach(step -> all.addAll(step.ops()));
    List<Risk> risks = RiskAssessor.of(judgedFor).assess(all, rows);
    List<ReviewedRevision> revisions = new ArrayList<>();
    int next = 0;
    for (Step step : steps) {
      List<ReviewedOperation> operations = new ArrayList<>();
      for (SchemaOp op : step.ops()) {
        String table = OpTables.of(op);
        Map<String, List<String>> sql = new LinkedHashMap<>();
        sqlFor.forEach(dialect -> sql.put(key(dialect), dialect.toSql(op)));
        operations.add(new ReviewedOperation(op.describe(), table, risks.get(next++), sql,
            table == null ? null : rows.estimate(table)));
      }
      revisions.add(new ReviewedRevision(step.id(), step.migration().info().message(), operations));
    }
    return new Review(key(judgedFor), rows != TableRows.UNKNOWN, revisions);
  }

  /** {@code postgresql}, {@code mariadb} or {@code h2}: how options and the JSON report name a database. */
  public static String key(SqlDialect dialect) {
    return dialect.name().toLowerCase(Locale.ROOT);
  }

  public List<ReviewedOperation> operations() {
    return revisions.stream().flatMap(revision -> revision.operations().stream()).toList();
  }

  /** How many operations are at {@code level}. */
  public long count(RiskLevel level) {
    return operations().stream().filter(op -> op.risk().level() == level).count();
  }

  /** The highest level of any operation; safe when there is none. */
  public RiskLevel highest() {
    return operations().stream().map(op -> op.risk().level()).max(Enum::compareTo).orElse(RiskLevel.SAFE);
  }

  /** {@code 2 revisions, 9 operations: 1 danger, 3 caution, 5 safe}. */
  public String summary() {
    int operations = operations().size();
    return revisions.size() + (revisions.size() == 1 ? " revision, " : " revisions, ") + operations
        + (operations == 1 ? " operation: " : " operations: ") + count(RiskLevel.DANGER) + " danger, "
        + count(RiskLevel.CAUTION) + " caution, " + count(RiskLevel.SAFE) + " safe";
  }
}
