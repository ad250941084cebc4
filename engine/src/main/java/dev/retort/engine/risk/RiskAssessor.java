package dev.retort.engine.risk;

import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.op.AddCheck;
import dev.retort.engine.op.CreateTable;
import dev.retort.engine.op.DropCheck;
import dev.retort.engine.op.DropTable;
import dev.retort.engine.op.OutsideTransaction;
import dev.retort.engine.op.RenameTable;
import dev.retort.engine.op.SchemaOp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Judges operations for one database. A list is judged in order, so that what the list itself did counts: a
 * table created earlier in it is empty, and a check dropped earlier and added again with more values only
 * widens. Estimated rows decide whether a table is empty; with none known, every table may have rows.
 */
public final class RiskAssessor {
  private final Supplier<RiskRules> rules;

  private RiskAssessor(Supplier<RiskRules> rules) {
    this.rules = rules;
  }

  /**
   * The assessor for a database: PostgreSQL's and MariaDB's add the locks they take; H2, an embedded database
   * for tests and single applications, adds none.
   */
  public static RiskAssessor of(SqlDialect dialect) {
    return switch (dialect.name()) {
      case "PostgreSQL" -> new RiskAssessor(PostgresRiskRules::new);
      case "MariaDB" -> new RiskAssessor(MariaDbRiskRules::new);
      default -> portable();
    };
  }

  /**
   * What holds on every database: data loss, existing rows that make an operation fail, the running
   * application; for a migration not yet tied to one database, as generated code is.
   */
  public static RiskAssessor portable() {
    return new RiskAssessor(RiskRules::new);
  }

  /** One operation alone, on a table of unknown size. */
  public Risk assess(SchemaOp op) {
    return assess(List.of(op), TableRows.UNKNOWN).get(0);
  }

  /** Each operation of {@code ops}, in order, one risk per operation. */
  public List<Risk> assess(List<SchemaOp> ops, TableRows rows) {
    RiskRules judge = rules.get();
    Map<String, Long> known = new HashMap<>();
    List<CheckValues> dropped = new ArrayList<>();
    NotNullChecks notNull = new NotNullChecks();
    List<Risk> risks = new ArrayList<>();
    for (SchemaOp op : ops) {
      SchemaOp inner = op instanceof OutsideTransaction outside ? outside.operation() : op;
      String table = OpTables.of(inner);
      Long estimate = table == null ? null : known.containsKey(table) ? known.get(table) : rows.estimate(table);
      boolean widens = inner instanceof AddCheck add && widens(dropped, add);
      risks.add(judge.judge(op, estimate != null && estimate == 0, widens, notNull.proves(inner)));
      follow(inner, known, dropped, estimate);
      notNull.follow(inner);
    }
    return risks;
  }

  /** Keeps what later operations need to know: new and renamed tables' sizes, dropped enum checks. */
  private static void follow(SchemaOp op, Map<String, Long> known, List<CheckValues> dropped, Long estimate) {
    if (op instanceof CreateTable create) {
      known.put(create.table().name(), 0L);
    } else if (op instanceof DropTable drop) {
      known.remove(drop.table().name());
    } else if (op instanceof RenameTable rename) {
      known.put(rename.to(), estimate);
    } else if (op instanceof DropCheck drop) {
      CheckValues values = CheckValues.of(drop.table(), drop.check().expression());
      if (values != null) {
        dropped.add(values);
      }
    }
  }

  private static boolean widens(List<CheckValues> dropped, AddCheck add) {
    CheckValues added = CheckValues.of(add.table(), add.check().expression());
    return added != null && dropped.stream().anyMatch(old -> old.widenedBy(added));
  }
}
