package dev.retort.engine.runtime;

import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** The engine's front door: upgrade, downgrade and status of one database against one set of migrations. */
public final class Migrator {
  private final Connector connector;
  private final SqlDialect dialect;
  private final MigrationSet migrations;
  private final VersionTable versions;

  public Migrator(Connector connector, SqlDialect dialect, MigrationSet migrations) {
    this.connector = connector;
    this.dialect = dialect;
    this.migrations = migrations;
    this.versions = new VersionTable(dialect);
  }

  public MigrationSet migrations() {
    return migrations;
  }

  public MigrationResult upgrade(String target, Consumer<Step> beforeEach) {
    return run(true, target, beforeEach);
  }

  public MigrationResult downgrade(String target, Consumer<Step> beforeEach) {
    return run(false, target, beforeEach);
  }

  /** The version table's rows; empty when nothing was ever applied. */
  public List<AppliedRevision> applied() {
    try (Connection connection = connector.open()) {
      return versions.read(connection);
    } catch (SQLException e) {
      throw databaseError("reading " + VersionTable.NAME, e);
    }
  }

  /** The revisions the database stands at: applied revisions that no other applied one follows. */
  public List<String> current() {
    return migrations.graph().tips(appliedIds(applied()));
  }

  private MigrationResult run(boolean up, String target, Consumer<Step> beforeEach) {
    try (Connection connection = connector.open()) {
      Set<String> applied = appliedIds(versions.read(connection));
      MigrationPlanner planner = new MigrationPlanner(migrations);
      List<Step> steps = up ? planner.upgrade(target, applied) : planner.downgrade(target, applied);
      if (!steps.isEmpty()) {
        versions.createIfMissing(connection);
      }
      StepExecutor executor = new StepExecutor(connection, dialect, versions);
      for (Step step : steps) {
        beforeEach.accept(step);
        executor.run(step, describe(applied));
        if (up) {
          applied.add(step.id());
        } else {
          applied.remove(step.id());
        }
      }
      return new MigrationResult(steps, migrations.graph().tips(applied));
    } catch (SQLException e) {
      throw databaseError("migrating", e);
    }
  }

  private String describe(Set<String> applied) {
    List<String> tips = migrations.graph().tips(applied);
    return tips.isEmpty() ? "base (no revision applied)" : String.join(", ", tips);
  }

  private static Set<String> appliedIds(List<AppliedRevision> rows) {
    Set<String> ids = new LinkedHashSet<>();
    rows.forEach(r -> ids.add(r.revision()));
    return ids;
  }

  private RetortException databaseError(String doing, SQLException e) {
    return new RetortException(ErrorCode.DATABASE_ERROR, "The database at "
        + connector.settings().safeUrl() + " failed while " + doing + ": " + e.getMessage()
        + ". Nothing further was changed. Check the database and rerun.", e);
  }
}
