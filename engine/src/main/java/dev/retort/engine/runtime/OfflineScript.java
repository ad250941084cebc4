package dev.retort.engine.runtime;

import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.revision.RevisionGraph;
import dev.retort.engine.revision.TargetResolver;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The SQL an upgrade or downgrade would run, version-table statements included, written for one dialect
 * without connecting: the same planning and the same DDL as online, sent to text instead of JDBC.
 */
public final class OfflineScript {
  private final SqlDialect dialect;
  private final MigrationSet migrations;
  private final VersionTable versions;

  public OfflineScript(SqlDialect dialect, MigrationSet migrations) {
    this.dialect = dialect;
    this.migrations = migrations;
    this.versions = new VersionTable(dialect);
  }

  /** From {@code from} ({@code base} or a revision) up to {@code to}. */
  public String upgrade(String from, String to) {
    Set<String> applied = standingAt(from);
    List<Step> steps = new MigrationPlanner(migrations).upgrade(to, applied);
    StringBuilder script = header("upgrade", from, to);
    if (applied.isEmpty() && !steps.isEmpty()) {
      versions.createStatements().forEach(sql -> statement(script, sql));
      script.append('\n');
    }
    steps.forEach(step -> step(script, step, versions.insertLiteral(step.migration())));
    return script.toString();
  }

  /** From {@code from} (a revision) down to {@code to}. */
  public String downgrade(String from, String to) {
    List<Step> steps = new MigrationPlanner(migrations).downgrade(to, standingAt(from));
    StringBuilder script = header("downgrade", from, to);
    steps.forEach(step -> step(script, step, versions.deleteLiteral(step.id())));
    return script.toString();
  }

  private Set<String> standingAt(String from) {
    RevisionGraph graph = migrations.graph();
    return new HashSet<>(graph.ancestry(new TargetResolver(graph).resolve(from, Set.of())));
  }

  private StringBuilder header(String verb, String from, String to) {
    return new StringBuilder(SqlComment.of("Retort " + verb + " script for " + dialect.name() + ": " + from
        + " -> " + to)).append("-- Written offline; review it before running.\n\n");
  }

  private void step(StringBuilder script, Step step, String versionStatement) {
    String arrow = step.direction() == Direction.UPGRADE ? "Upgrade to " : "Downgrade from ";
    String message = step.migration().info().message();
    script.append(SqlComment.of(arrow + step.migration().info().label()
        + (message.isEmpty() ? "" : ": " + message)));
    boolean transactional = dialect.transactionalDdl();
    if (transactional) {
      script.append("BEGIN;\n");
    }
    SessionSetting setting = null;
    for (PlannedStatement planned : StatementPlan.of(dialect, step.ops())) {
      if (!java.util.Objects.equals(setting, planned.setting())) {
        // a script runs in one session: the setting is written once, where it starts to hold
        statement(script, planned.setting() == null ? setting.reset() : planned.setting().set());
        setting = planned.setting();
      }
      if (transactional && planned.outsideTransaction()) {
        script.append("COMMIT;\n");
        statement(script, planned.text());
        script.append("BEGIN;\n");
      } else {
        statement(script, planned.text());
      }
    }
    if (setting != null) {
      statement(script, setting.reset());
    }
    statement(script, versionStatement);
    if (transactional) {
      script.append("COMMIT;\n");
    }
    script.append('\n');
  }

  private static void statement(StringBuilder script, String sql) {
    script.append(sql).append(";\n");
  }
}
