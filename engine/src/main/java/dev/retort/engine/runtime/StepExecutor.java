package dev.retort.engine.runtime;

import dev.retort.engine.dialect.SqlDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs one step over JDBC: its statements and the version-table change, in one transaction where the
 * database has transactional DDL (split around statements that must run outside one). Statements that were
 * committed before a failure are recorded, so that a rerun resumes after them. On failure the message
 * names the statement and the state left behind.
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

  /**
   * Runs the step; {@code stateBefore} describes where the database stands, asked only for a failure message;
   * {@code progress} is what an earlier failed attempt recorded, or null. Without {@code ownTransaction}
   * the caller holds one transaction around several steps and commits or rolls back itself.
   */
  void run(Step step, Supplier<String> stateBefore, String progress, boolean ownTransaction) throws SQLException {
    List<PlannedStatement> planned = StatementPlan.of(dialect, step.ops());
    List<String> statements = planned.stream().map(PlannedStatement::text).toList();
    int skip = progress == null ? 0 : PartialProgress.resumeFrom(step.migration(), statements, progress);
    boolean transactional = dialect.transactionalDdl();
    boolean autoCommit = connection.getAutoCommit();
    if (ownTransaction) {
      connection.setAutoCommit(!transactional);
    }
    int number = skip;
    int committed = skip;
    try (Statement statement = connection.createStatement()) {
      for (PlannedStatement next : planned.subList(skip, planned.size())) {
        number++;
        if (transactional && next.outsideTransaction()) {
          connection.commit();
          committed = number - 1;
          connection.setAutoCommit(true);
          next.execute(connection, statement);
          connection.setAutoCommit(false);
        } else {
          next.execute(connection, statement);
        }
        if (!transactional || next.outsideTransaction()) {
          committed = number;
        }
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
      if (transactional && ownTransaction) {
        connection.commit();
      }
    } catch (Exception | Error e) {
      // Java code in a migration can fail with any exception or error; the transaction must still end
      rollbackQuietly(transactional && ownTransaction, e);
      boolean resumable = step.direction() == Direction.UPGRADE && committed > 0;
      if (resumable) {
        recordProgress(step, statements, committed, e);
      }
      throw failure(step, statements, number, committed, stateBefore.get(), transactional, e);
    } finally {
      if (ownTransaction) {
        connection.setAutoCommit(autoCommit);
      }
    }
  }

  private void recordProgress(Step step, List<String> statements, int completed, Throwable failure) {
    try {
      versions.recordProgress(connection, step.migration(), PartialProgress.record(statements, completed));
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  private void rollbackQuietly(boolean transactional, Throwable failure) {
    if (transactional) {
      try {
        connection.rollback();
      } catch (SQLException e) {
        failure.addSuppressed(e);
      }
    }
  }

  private MigrationFailedException failure(Step step, List<String> statements, int number, int committed,
      String stateBefore, boolean transactional, Throwable e) {
    boolean up = step.direction() == Direction.UPGRADE;
    String where = number == 0
        ? "while recording it in " + VersionTable.NAME
        : "at statement " + number + " of " + statements.size() + " on " + dialect.name() + ": "
            + statements.get(number - 1);
    String why = transactional ? "they ran outside the migration's transaction or before such a statement"
        : dialect.name() + " commits DDL at once";
    String state;
    if (committed == 0) {
      state = (transactional ? "Rolled back" : "Nothing of it ran") + "; the database is still at " + stateBefore
          + ".";
    } else if (up) {
      state = "Statements 1 to " + committed + " ran and stay applied (" + why + ")"
          + (transactional ? ", the rest was rolled back" : "") + "; " + VersionTable.NAME + " records that, so"
          + " rerunning `retort upgrade` after the fix resumes at statement " + (committed + 1) + " as long as"
          + " the earlier statements stay the same.";
    } else {
      state = "Statements 1 to " + committed + " ran and stay applied (" + why + "), but " + step.id() + " is"
          + " still recorded as applied. Undo those statements or finish them by hand before rerunning.";
    }
    return new MigrationFailedException(step.id(), number, (up ? "Migration " : "Downgrade of migration ")
        + step.migration().info().label() + " failed " + where + ": "
        + (e.getMessage() == null ? e.toString() : e.getMessage().strip()) + ". " + state
        + " Fix the migration or the data, then rerun.", e);
  }
}
