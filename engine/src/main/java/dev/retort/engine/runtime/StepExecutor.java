package dev.retort.engine.runtime;

import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.op.SchemaOp;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one step over JDBC: its statements and the version-table change, in one transaction where the
 * database has transactional DDL. Where DDL commits at once, a failure records how many statements ran, so
 * that a rerun resumes after them. On failure the message names the statement and the state left behind.
 */
final class StepExecutor {
  private final Connection connection;
  private final SqlDialect dialect;
  private final VersionTable versions;

  StepExecutor(Connection connection, SqlDialect dialect, VersionTable versions) {
    this.connection = connection;
    this.dialect = dialect;
    this.versions = versions;
  }

  static List<String> statements(SqlDialect dialect, List<SchemaOp> ops) {
    List<String> statements = new ArrayList<>();
    ops.forEach(op -> statements.addAll(dialect.toSql(op)));
    return statements;
  }

  /**
   * Runs the step; {@code stateBefore} describes where the database stands, for the failure message;
   * {@code progress} is what an earlier failed attempt recorded, or null.
   */
  void run(Step step, String stateBefore, String progress) throws SQLException {
    List<PlannedStatement> planned = StatementPlan.of(dialect, step.ops());
    List<String> statements = planned.stream().map(PlannedStatement::text).toList();
    int skip = progress == null ? 0 : PartialProgress.resumeFrom(step.migration(), statements, progress);
    boolean transactional = dialect.transactionalDdl();
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(!transactional);
    try {
      int number = skip;
      try (Statement statement = connection.createStatement()) {
        for (PlannedStatement next : planned.subList(skip, planned.size())) {
          number++;
          next.execute(connection, statement);
        }
        number = 0;
        if (step.direction() == Direction.UPGRADE) {
          if (progress != null) {
            versions.delete(connection, step.id());
          }
          versions.insert(connection, step.migration());
        } else {
          versions.delete(connection, step.id());
        }
        if (transactional) {
          connection.commit();
        }
      } catch (SQLException | RuntimeException e) {
        // Java code in a migration can fail with any exception; the transaction must still end
        rollbackQuietly(transactional, e);
        boolean resumable = !transactional && step.direction() == Direction.UPGRADE && number > 1;
        if (resumable) {
          recordProgress(step, statements, number - 1, e);
        }
        throw failure(step, statements, number, stateBefore, transactional, resumable, e);
      }
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private void recordProgress(Step step, List<String> statements, int completed, Exception failure) {
    try {
      versions.recordProgress(connection, step.migration(), PartialProgress.record(statements, completed));
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  private void rollbackQuietly(boolean transactional, Exception failure) {
    if (transactional) {
      try {
        connection.rollback();
      } catch (SQLException e) {
        failure.addSuppressed(e);
      }
    }
  }

  private MigrationFailedException failure(Step step, List<String> statements, int number, String stateBefore,
      boolean transactional, boolean resumable, Exception e) {
    String verb = step.direction() == Direction.UPGRADE ? "Migration" : "Downgrade of migration";
    String where = number == 0
        ? "while recording it in " + VersionTable.NAME
        : "at statement " + number + " of " + statements.size() + " on " + dialect.name() + ": "
            + statements.get(number - 1);
    String state;
    if (transactional) {
      state = "Rolled back; the database is still at " + stateBefore + ".";
    } else if (number <= 1) {
      state = "Nothing of it ran; the database is still at " + stateBefore + ".";
    } else if (resumable) {
      state = "Statements 1 to " + (number - 1) + " ran and stay applied ("
          + dialect.name() + " commits DDL at once); " + VersionTable.NAME + " records that, so rerunning"
          + " `retort upgrade` after the fix resumes at statement " + number + " as long as the earlier"
          + " statements stay the same.";
    } else {
      state = "Statements 1 to " + (number - 1) + " ran and stay applied (" + dialect.name()
          + " commits DDL at once), but " + step.id() + " is still recorded as applied. Undo those statements"
          + " or finish them by hand before rerunning.";
    }
    return new MigrationFailedException(step.id(), number, verb + " " + step.migration().info().label()
        + " failed " + where + ": " + (e.getMessage() == null ? e.toString() : e.getMessage().strip()) + ". " + state
        + " Fix the migration or the data, then rerun.", e);
  }
}
