package dev.retort.engine.runtime;

import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.revision.RevisionInfo;
import dev.retort.engine.revision.TargetResolver;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The engine's front door: upgrade, downgrade and status of one database against one set of migrations. */
public final class Migrator {
  public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);

  private final Connector connector;
  private final SqlDialect dialect;
  private final MigrationSet migrations;
  private final VersionTable versions;
  private final Duration lockTimeout;
  private final boolean singleTransaction;
  private final StatementListener listener;
  private final StopRequest stop;

  public Migrator(Connector connector, SqlDialect dialect, MigrationSet migrations) {
    this(connector, dialect, migrations, DEFAULT_LOCK_TIMEOUT, false, StatementListener.NONE, new StopRequest());
  }

  private Migrator(Connector connector, SqlDialect dialect, MigrationSet migrations, Duration lockTimeout,
      boolean singleTransaction, StatementListener listener, StopRequest stop) {
    this.connector = connector;
    this.dialect = dialect;
    this.migrations = migrations;
    this.versions = new VersionTable(dialect);
    this.lockTimeout = lockTimeout;
    this.singleTransaction = singleTransaction;
    this.listener = listener;
    this.stop = stop;
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

  /** The version table's rows for completed migrations; empty when nothing was ever applied. */
  public List<AppliedRevision> applied() {
    try (Connection connection = connector.open()) {
      return completed(versions.read(connection));
    } catch (SQLException e) {
      throw databaseError("reading " + VersionTable.NAME, e);
    }
  }

  /** The revisions the database stands at: applied revisions that no other applied one follows. */
  public List<String> current() {
    return migrations.graph().tips(appliedIds(applied()));
  }

  /**
   * Records the database as standing at {@code target} without running anything: the revisions up to it are
   * recorded, later ones removed. With {@code purge}, the table is emptied first, so revisions no migration
   * defines any more are dropped too.
   */
  public StampResult stamp(String target, boolean purge) {
    return locked("stamping", connection -> {
      versions.createIfMissing(connection);
      if (purge) {
        versions.deleteAll(connection);
      }
      Set<String> applied = appliedIds(versions.read(connection));
      new MigrationPlanner(migrations, connector.names()).requireKnown(applied);
      Set<String> wanted = migrations.graph().ancestry(
          new TargetResolver(migrations.graph()).resolve(target, applied));
      List<String> recorded = new ArrayList<>();
      List<String> removed = new ArrayList<>();
      List<RevisionInfo> ordered = migrations.graph().revisions();
      for (int i = ordered.size() - 1; i >= 0; i--) {
        String id = ordered.get(i).id();
        if (applied.contains(id) && !wanted.contains(id)) {
          versions.delete(connection, id);
          removed.add(id);
        }
      }
      for (RevisionInfo revision : ordered) {
        if (wanted.contains(revision.id()) && !applied.contains(revision.id())) {
          versions.delete(connection, revision.id());
          versions.insert(connection, migrations.get(revision.id()));
          recorded.add(revision.id());
        }
      }
      return new StampResult(recorded, removed, migrations.graph().tips(wanted));
    });
  }

  /** Records the current checksums of applied revisions whose migrations were deliberately changed. */
  public List<String> accept(List<String> revisions) {
    return locked("accepting checksums", connection -> {
      Set<String> applied = appliedIds(versions.read(connection));
      List<String> accepted = new ArrayList<>();
      for (String given : revisions) {
        String id = migrations.graph().resolveId(given);
        if (!applied.contains(id)) {
          throw new RetortException(ErrorCode.UNKNOWN_REVISION, "Revision " + id + " is not applied, so it has"
              + " no checksum to accept. Nothing was changed. Run `retort history` to see what is applied.");
        }
        versions.updateChecksum(connection, migrations.get(id));
        accepted.add(id);
      }
      return accepted;
    });
  }

  /** Applied revisions whose migrations changed since they ran. */
  public List<String> changedSinceApplied() {
    return changedSinceApplied(applied());
  }

  /** As above, for rows {@link #applied} read already. */
  public List<String> changedSinceApplied(List<AppliedRevision> applied) {
    return ChecksumCheck.changed(migrations, applied);
  }

  /** How long a run waits for another run's lock before giving up. */
  public Migrator withLockTimeout(Duration timeout) {
    return new Migrator(connector, dialect, migrations, timeout, singleTransaction, listener, stop);
  }

  /** Tells {@code listener} of every statement an upgrade or downgrade runs, once it ran. */
  public Migrator withStatementListener(StatementListener listener) {
    return new Migrator(connector, dialect, migrations, lockTimeout, singleTransaction, listener, stop);
  }

  /**
   * Runs stop at the next statement once {@code stop} is requested: after the statement that is running
   * (rolling back the migration it belongs to on PostgreSQL), with a {@link MigrationStoppedException}.
   */
  public Migrator withStopRequest(StopRequest stop) {
    return new Migrator(connector, dialect, migrations, lockTimeout, singleTransaction, listener, stop);
  }

  /**
   * With {@code true}, a run applies all its migrations in one transaction on databases with transactional
   * DDL (PostgreSQL): all or nothing. Elsewhere each migration still commits on its own.
   */
  public Migrator withSingleTransaction(boolean single) {
    return new Migrator(connector, dialect, migrations, lockTimeout, single, listener, stop);
  }

  private MigrationResult run(boolean up, String target, Consumer<Step> beforeEach) {
    // an upgrade checks every applied migration and records every pending one: all of them are needed
    try (MigrationPreload preload = up ? MigrationPreload.start(migrations) : null) {
      return migrate(up, target, beforeEach);
    }
  }

  private MigrationResult migrate(boolean up, String target, Consumer<Step> beforeEach) {
    return locked("migrating", connection -> {
      List<AppliedRevision> rows = versions.read(connection);
      if (up) {
        ChecksumCheck.require(migrations, completed(rows));
      }
      Set<String> applied = appliedIds(rows);
      Map<String, String> progress = new HashMap<>();
      rows.stream().filter(r -> !r.complete()).forEach(r -> progress.put(r.revision(), r.progress()));
      MigrationPlanner planner = new MigrationPlanner(migrations, connector.names());
      List<Step> steps = up ? planner.upgrade(target, applied) : planner.downgrade(target, applied);
      if (!up) {
        // what a downgrade reverts must be what ran, or its downgrade() undoes something else
        Set<String> reverted = new HashSet<>();
        steps.forEach(step -> reverted.add(step.id()));
        ChecksumCheck.require(migrations, completed(rows).stream().filter(r -> reverted.contains(r.revision()))
            .toList());
      }
      // both directions recorded before anything runs: a migration whose code throws fails before any statement
      steps.forEach(step -> step.migration().checksum());
      if (!steps.isEmpty()) {
        versions.createIfMissing(connection);
      }
      boolean single = singleTransaction && dialect.transactionalDdl();
      if (single) {
        return runInOneTransaction(connection, steps, applied, up, beforeEach);
      }
      StepExecutor executor = new StepExecutor(connection, dialect, versions, listener, stop);
      for (int i = 0; i < steps.size(); i++) {
        Step step = steps.get(i);
        if (stop.requested()) {
          executor.withdraw(step);
        }
        stopIfRequested(step, () -> describe(applied), false);
        beforeEach.accept(step);
        Step next = up && i + 1 < steps.size() && !progress.containsKey(steps.get(i + 1).id())
            ? steps.get(i + 1) : null;
        executor.run(step, () -> describe(applied), up ? progress.get(step.id()) : null, true, next);
        moved(applied, step, up);
      }
      return new MigrationResult(steps, migrations.graph().tips(applied));
    });
  }

  private static void moved(Set<String> applied, Step step, boolean up) {
    if (up) {
      applied.add(step.id());
    } else {
      applied.remove(step.id());
    }
  }

  /** Every step in one transaction: the run applies whole or not at all. */
  private MigrationResult runInOneTransaction(Connection connection, List<Step> steps, Set<String> applied,
      boolean up, Consumer<Step> beforeEach) throws SQLException {
    for (Step step : steps) {
      if (StatementPlan.of(dialect, step.ops()).stream().anyMatch(PlannedStatement::outsideTransaction)) {
        throw new RetortException(ErrorCode.USAGE, "Migration " + step.migration().info().label() + " has"
            + " statements that must run outside a transaction, so the run cannot be one transaction. Nothing"
            + " was changed. Leave out " + connector.names().setting("single.transaction") + ".");
      }
    }
    String start = describe(applied);
    StepExecutor executor = new StepExecutor(connection, dialect, versions, listener, stop);
    connection.setAutoCommit(false);
    try {
      for (Step step : steps) {
        stopIfRequested(step, () -> start, true);
        beforeEach.accept(step);
        executor.run(step, () -> start + " (the whole run was rolled back)", null, false);
        moved(applied, step, up);
      }
      connection.commit();
      return new MigrationResult(steps, migrations.graph().tips(applied));
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private void stopIfRequested(Step next, Supplier<String> state, boolean wholeRun) {
    if (stop.requested()) {
      throw new MigrationStoppedException("Stopped on request (" + stop.reason() + ") before "
          + (next.direction() == Direction.UPGRADE ? "migration " : "the downgrade of migration ")
          + next.migration().info().label() + (wholeRun ? "; the run was one transaction and was rolled back"
          : "") + "; the database stands at " + state.get() + ". Run the command again to go on.");
    }
  }

  /** Work done on one connection while holding the migration lock. */
  interface LockedWork<T> {
    T run(Connection connection) throws SQLException;
  }

  <T> T locked(String doing, LockedWork<T> work) {
    try (Connection connection = connector.open()) {
      MigrationLock lock = MigrationLock.forDialect(dialect, connector.settings().url());
      if (!lock.acquire(connection, lockTimeout)) {
        throw new RetortException(ErrorCode.LOCK_TIMEOUT, "Another Retort run " + (lockTimeout.isZero()
            ? "holds the migration lock on " + connector.settings().safeUrl() + ", and the lock timeout of 0 s"
                + " says not to wait for it."
            : "has held the migration lock on " + connector.settings().safeUrl() + " for more than "
                + lockTimeout.toSeconds() + " s.") + " Nothing was changed. Let it finish and rerun (the lock goes"
            + " away with that run's connection, even if it is killed), or raise "
            + connector.names().setting("lock.timeout") + ".");
      }
      T result;
      try {
        result = work.run(connection);
      } catch (SQLException | RuntimeException | Error e) {
        // on a connection the server closed, releasing fails too: the first failure is the one to report
        try {
          lock.release(connection);
        } catch (SQLException | RuntimeException released) {
          e.addSuppressed(released);
        }
        throw e;
      }
      lock.release(connection);
      return result;
    } catch (SQLException e) {
      throw databaseError(doing, e);
    }
  }

  /** Where the database stands, for a failure message: only worked out when a step fails. */
  private String describe(Set<String> applied) {
    List<String> tips = migrations.graph().tips(applied);
    return tips.isEmpty() ? "base (no revision applied)" : String.join(", ", tips);
  }

  /** Revisions that completed; a migration that failed part-way is not applied. */
  private static Set<String> appliedIds(List<AppliedRevision> rows) {
    Set<String> ids = new LinkedHashSet<>();
    completed(rows).forEach(r -> ids.add(r.revision()));
    return ids;
  }

  private static List<AppliedRevision> completed(List<AppliedRevision> rows) {
    return rows.stream().filter(AppliedRevision::complete).toList();
  }

  private RetortException databaseError(String doing, SQLException e) {
    return connector.readTimedOut(doing, e).orElseGet(() -> new RetortException(ErrorCode.DATABASE_ERROR,
        "The database at " + connector.settings().safeUrl() + " failed while " + doing + ": " + e.getMessage()
        + ". Nothing further was changed. Check the database and rerun.", e));
  }
}
