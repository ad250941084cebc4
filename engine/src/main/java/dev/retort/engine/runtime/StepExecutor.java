package dev.retort.engine.runtime;

import dev.retort.engine.dialect.SqlDialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs one step over JDBC: its statements and the version-table change, in one transaction where the
 * database has transactional DDL (split around statements that must run outside one). Where DDL commits at
 * once, the version table records after every statement how far the step got, in the same transaction as a
 * statement that changes rows, so that a run that fails, stops or is killed at any point resumes where it
 * left off. On failure the message names the statement and the state left behind.
 */
final class StepExecutor {
  private final Connection connection;
  private final SqlDialect dialect;
  private final VersionTable versions;
  private final StatementListener listener;
  private final StopRequest stop;
  /** The next step, whose first progress row went in with the completion of the one before, and its plan. */
  private String preRecorded;
  private List<PlannedStatement> preRecordedPlan;

  StepExecutor(Connection connection, SqlDialect dialect, VersionTable versions, StatementListener listener,
      StopRequest stop) {
    this.connection = connection;
    this.dialect = dialect;
    this.versions = versions;
    this.listener = listener;
    this.stop = stop;
  }

  /**
   * Runs the step; {@code stateBefore} describes where the database stands, asked only for a message; {@code progress}
   * is what an earlier attempt recorded, or null. Without {@code ownTransaction} the caller holds one
   * transaction around several steps and commits or rolls back itself.
   */
  void run(Step step, Supplier<String> stateBefore, String progress, boolean ownTransaction) throws SQLException {
    run(step, stateBefore, progress, ownTransaction, null);
  }

  /**
   * As above; {@code following}, when given, is the upgrade step that follows, with no row of an earlier attempt:
   * where DDL commits at once, its first progress row is written in the same commit as this step's
   * completion, one write per migration instead of two.
   */
  void run(Step step, Supplier<String> stateBefore, String progress, boolean ownTransaction, Step following)
      throws SQLException {
    boolean written = step.id().equals(preRecorded);
    List<PlannedStatement> planned = written ? preRecordedPlan : StatementPlan.of(dialect, step.ops());
    preRecorded = null;
    preRecordedPlan = null;
    Run run = new Run(step, planned, progress == null ? null : PartialProgress.parse(progress));
    if (written) {
      run.recorded = true;
    }
    boolean transactional = dialect.transactionalDdl();
    boolean autoCommit = connection.getAutoCommit();
    if (ownTransaction) {
      // where DDL commits at once, every statement and record commits on its own (one round trip each), but
      // a change of rows commits together with the record of its progress
      connection.setAutoCommit(!transactional);
    }
    try (Statement statement = connection.createStatement()) {
      if (run.earlier != null && run.earlier.nextMayHaveRun()) {
        removeLeftovers(statement);
      }
      if (run.up && !transactional && !written) {
        run.record(run.committed, true);
      }
      for (PlannedStatement next : planned.subList(run.committed, planned.size())) {
        if (stop.requested() && run.number > run.skipped) {
          throw stopped(run, stateBefore.get(), transactional);
        }
        run.number++;
        boolean again = run.earlier != null && run.earlier.nextMayHaveRun() && run.number == run.skipped + 1;
        if (transactional && next.outsideTransaction()) {
          if (run.up) {
            run.record(run.number - 1, true);
          }
          connection.commit();
          run.committed = run.number - 1;
          connection.setAutoCommit(true);
          execute(next, statement, again);
          run.committed = run.number;
          if (run.up) {
            run.record(run.number, false);
          }
          connection.setAutoCommit(false);
        } else if (transactional) {
          execute(next, statement, again);
        } else {
          boolean changesRows = next.rerun() == null;
          boolean last = run.number == run.statements.size();
          if (changesRows) {
            connection.setAutoCommit(false);
          }
          execute(next, statement, again);
          if (!last) {
            // the last one's progress is the completed row itself, written next (with its rows, if it has any)
            if (run.up) {
              run.record(run.number, true);
            }
            if (changesRows) {
              connection.commit();
              connection.setAutoCommit(true);
            }
            run.committed = run.number;
          } else if (!changesRows) {
            run.committed = run.number;
          }
        }
        listener.completed(step, run.number, run.statements.size(), next.text());
      }
      run.number = 0;
      if (!run.up) {
        versions.delete(connection, step.id());
      } else if (run.recorded && following != null && ownTransaction && !transactional && !stop.requested()) {
        completeWithNext(step, following);
      } else if (run.recorded) {
        versions.complete(connection, step.migration());
      } else if (ownTransaction && transactional) {
        // the commit below then finds the transaction ended
        versions.insertAndCommit(connection, step.migration());
      } else {
        versions.insert(connection, step.migration());
      }
      if (ownTransaction && (transactional || !connection.getAutoCommit())) {
        connection.commit();
        run.committed = run.statements.size();
      }
    } catch (MigrationStoppedException e) {
      rollbackQuietly(ownTransaction, e);
      settle(run, e, true);
      throw e;
    } catch (Exception | Error e) {
      // Java code in a migration can fail with any exception or error; the transaction must still end
      rollbackQuietly(ownTransaction, e);
      boolean lost = connectionLost(e) || !alive();
      boolean settled = settle(run, e, !lost);
      throw failure(run, stateBefore.get(), transactional, settled, lost, e);
    } finally {
      if (ownTransaction) {
        setAutoCommitQuietly(autoCommit);
      }
    }
  }

  /** Completes the step's row and writes the next step's first progress row, in one statement. */
  private void completeWithNext(Step step, Step next) throws SQLException {
    List<PlannedStatement> plan = StatementPlan.of(dialect, next.ops());
    List<String> statements = plan.stream().map(PlannedStatement::text).toList();
    versions.completeAndStart(connection, step.migration(), next.migration(),
        PartialProgress.of(statements, 0, true).text());
    preRecorded = next.id();
    preRecordedPlan = plan;
  }

  /**
   * Removes the row written ahead for {@code step} when the run stops before that step begins, so that the
   * database shows it as not started; a row that cannot be removed says its first statement may have run,
   * which the next run handles.
   */
  void withdraw(Step step) {
    if (!step.id().equals(preRecorded)) {
      return;
    }
    preRecorded = null;
    preRecordedPlan = null;
    try {
      connection.setAutoCommit(true);
      versions.delete(connection, step.id());
    } catch (SQLException e) {
      // the next run resumes that step with its first statement in the form that may run twice
    }
  }

  /** Runs one of the migration's own statements, which take as long as they take: no read timeout. */
  private void execute(PlannedStatement next, Statement statement, boolean again) throws SQLException {
    int readTimeout = ReadTimeouts.lift(connection);
    try {
      next.execute(connection, statement, again);
    } catch (Exception | Error e) {
      try {
        ReadTimeouts.restore(connection, readTimeout);
      } catch (SQLException restoring) {
        e.addSuppressed(restoring);
      }
      throw e;
    }
    ReadTimeouts.restore(connection, readTimeout);
  }

  /** What the database kept of a statement the killed run was running, before that statement runs again. */
  private void removeLeftovers(Statement statement) throws SQLException {
    String query = dialect.leftoversQuery();
    if (query == null) {
      return;
    }
    List<String> drops = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery(query)) {
      while (rows.next()) {
        drops.add(rows.getString(1));
      }
    }
    for (String drop : drops) {
      statement.execute(drop);
    }
  }

  /** One step's statements and how far they got. */
  private final class Run {
    final Step step;
    final boolean up;
    final List<PlannedStatement> planned;
    final List<String> statements;
    final PartialProgress earlier;
    final int skipped;
    int number;
    int committed;
    boolean recorded;

    Run(Step step, List<PlannedStatement> planned, PartialProgress earlier) {
      this.step = step;
      this.up = step.direction() == Direction.UPGRADE;
      this.planned = planned;
      this.statements = planned.stream().map(PlannedStatement::text).toList();
      this.earlier = earlier;
      this.skipped = earlier == null ? 0 : earlier.resumeFrom(step.migration(), statements);
      this.number = skipped;
      this.committed = skipped;
      this.recorded = earlier != null;
    }

    void record(int completed, boolean nextMayHaveRun) throws SQLException {
      String text = PartialProgress.of(statements, completed, nextMayHaveRun).text();
      if (recorded) {
        versions.updateProgress(connection, step.id(), text);
      } else {
        versions.recordProgress(connection, step.migration(), text);
        recorded = true;
      }
    }
  }

  /**
   * After a failure or stop, records that the statement after the committed ones did not run, when that is
   * known ({@code known}) and the connection still works; a row for a step of which nothing ran goes.
   * Returns whether the record says what is known.
   */
  private boolean settle(Run run, Throwable failure, boolean known) {
    if (!run.up || !run.recorded) {
      return true;
    }
    try {
      if (!known || !alive()) {
        return false;
      }
      connection.setAutoCommit(true);
      if (run.committed == 0) {
        versions.delete(connection, run.step.id());
        run.recorded = false;
      } else {
        run.record(run.committed, false);
      }
      return true;
    } catch (SQLException e) {
      failure.addSuppressed(e);
      return false;
    }
  }

  /** Whether the failure is the connection's, which leaves open whether the statement took effect. */
  private static boolean connectionLost(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
          || cause instanceof SQLException sql && sql.getSQLState() != null
              && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("57P01"))) {
        return true;
      }
    }
    return false;
  }

  private boolean alive() {
    try {
      return connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  private void rollbackQuietly(boolean ownTransaction, Throwable failure) {
    if (ownTransaction) {
      try {
        if (!connection.getAutoCommit()) {
          connection.rollback();
        }
      } catch (SQLException e) {
        failure.addSuppressed(e);
      }
    }
  }

  private void setAutoCommitQuietly(boolean autoCommit) {
    try {
      if (!connection.isClosed()) {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      // a lost connection is reported by what failed on it
    }
  }

  private MigrationStoppedException stopped(Run run, String stateBefore, boolean transactional) {
    String where = "after statement " + run.number + " of " + run.statements.size() + " of "
        + (run.up ? "migration " : "the downgrade of migration ") + run.step.migration().info().label();
    String state;
    if (transactional) {
      state = "PostgreSQL rolled that migration back" + (run.committed > 0 ? " to statement " + run.committed
          + ", which ran outside its transaction and is recorded" : "") + "; the database stands at "
          + stateBefore + ". Run `retort " + (run.up ? "upgrade" : "downgrade") + "` again to go on.";
    } else if (run.up) {
      state = "Statements 1 to " + run.number + " ran and " + VersionTable.NAME + " records that: the next"
          + " `retort upgrade` resumes at statement " + (run.number + 1) + ".";
    } else {
      state = "Statements 1 to " + run.number + " of the downgrade ran (" + dialect.name() + " commits DDL at"
          + " once), but " + run.step.id() + " is still recorded as applied: undo them or finish the rest by"
          + " hand before running Retort again.";
    }
    return new MigrationStoppedException("Stopped on request (" + stop.reason() + ") " + where + ". " + state);
  }

  private MigrationFailedException failure(Run run, String stateBefore, boolean transactional, boolean settled,
      boolean lost, Throwable e) {
    int number = run.number;
    int committed = run.committed;
    List<String> statements = run.statements;
    String where = number == 0
        ? "while recording it in " + VersionTable.NAME
        : "at statement " + number + " of " + statements.size() + " on " + dialect.name() + ": "
            + statements.get(number - 1);
    String why = transactional ? "they ran outside the migration's transaction or before such a statement"
        : dialect.name() + " commits DDL at once";
    String state;
    if (!settled && run.up && !transactional) {
      state = "The connection was lost, so whether that statement took effect is not known; " + VersionTable.NAME
          + " records " + (committed == 0 ? "that it may have run" : "statements 1 to " + committed + " and that"
          + " the next may have run") + ", and the next `retort upgrade` runs it again in a form that does"
          + " nothing where it already took effect (IF NOT EXISTS, IF EXISTS) and goes on.";
    } else if (committed == 0) {
      state = (transactional ? "Rolled back" : "Nothing of it ran") + "; the database is still at " + stateBefore
          + ".";
    } else if (run.up) {
      state = "Statements 1 to " + committed + " ran and stay applied (" + why + ")"
          + (transactional ? ", the rest was rolled back" : "") + "; " + VersionTable.NAME + " records that, so"
          + " rerunning `retort upgrade` after the fix resumes at statement " + (committed + 1) + " as long as"
          + " the earlier statements stay the same.";
    } else {
      state = "Statements 1 to " + committed + " ran and stay applied (" + why + "), but " + run.step.id() + " is"
          + " still recorded as applied. Undo those statements or finish them by hand before rerunning.";
    }
    boolean leftover = number > 0 && run.planned.get(number - 1).rerun() != null
        && run.planned.get(number - 1).rerun().leftover() != null;
    if (leftover) {
      state += " What the failed statement left behind (the INVALID index of a concurrent build) is dropped"
          + " before it runs again.";
    }
    return new MigrationFailedException(run.step.id(), number, (run.up ? "Migration " : "Downgrade of migration ")
        + run.step.migration().info().label() + " failed " + where + ": "
        + sentence(e.getMessage() == null ? e.toString() : e.getMessage()) + " " + state
        + (settled && !lost ? " Fix the migration or the data, then rerun." : " Rerun once the database answers"
            + " again."), e);
  }

  /** The driver's message as a sentence of this one: one full stop, even where the driver ends with its own. */
  private static String sentence(String message) {
    String text = message.strip();
    return text.endsWith(".") ? text : text + ".";
  }
}
