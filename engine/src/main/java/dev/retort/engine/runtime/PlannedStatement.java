package dev.retort.engine.runtime;

import dev.retort.engine.dialect.Rerun;
import dev.retort.engine.op.JdbcWork;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One thing a step runs: SQL, SQL with bound values, or Java code. {@code text} is how it reads in scripts
 * and messages (values as literals), and what resuming compares.
 *
 * @param text the statement as people read it
 * @param sql the SQL to send, with {@code ?} for each parameter; null for Java code
 * @param parameters values bound to the {@code ?}s
 * @param work Java code to run instead of SQL, or null
 * @param outsideTransaction whether it must run outside the migration's transaction
 * @param rerun how it runs when a killed run may already have run it; null to run it as it is (row changes,
 *     which commit together with the record of their progress, and a user's own SQL and code)
 * @param setting the session setting that holds while it runs (a lock timeout), or null
 */
record PlannedStatement(String text, String sql, List<Object> parameters, JdbcWork work,
    boolean outsideTransaction, Rerun rerun, SessionSetting setting) {
  PlannedStatement {
    parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
  }

  PlannedStatement(String text, String sql, List<Object> parameters, JdbcWork work, boolean outsideTransaction,
      Rerun rerun) {
    this(text, sql, parameters, work, outsideTransaction, rerun, null);
  }

  static PlannedStatement sql(String sql, Rerun rerun) {
    return new PlannedStatement(sql, sql, List.of(), null, false, rerun);
  }

  PlannedStatement outside() {
    return new PlannedStatement(text, sql, parameters, work, true, rerun, setting);
  }

  PlannedStatement with(SessionSetting newSetting) {
    return new PlannedStatement(text, sql, parameters, work, outsideTransaction, rerun, newSetting);
  }

  /**
   * Runs it, within its setting; with {@code again}, in its rerun form, for the statement a killed run may have
   * run. What an earlier failed attempt left behind goes first.
   */
  void execute(Connection connection, Statement plain, boolean again) throws SQLException {
    if (setting == null) {
      run(connection, plain, again);
      return;
    }
    plain.execute(setting.set());
    try {
      run(connection, plain, again);
    } catch (SQLException | RuntimeException | Error e) {
      // in a transaction the failure aborted it, and its rollback undoes the setting
      if (connection.getAutoCommit()) {
        try {
          plain.execute(setting.reset());
        } catch (SQLException resetting) {
          e.addSuppressed(resetting);
        }
      }
      throw e;
    }
    plain.execute(setting.reset());
  }

  private void run(Connection connection, Statement plain, boolean again) throws SQLException {
    if (rerun != null && rerun.leftover() != null && tookEffect(plain, rerun.leftover())) {
      plain.execute(rerun.removeLeftover());
    }
    if (again && rerun != null) {
      if (rerun.tookEffect() == null) {
        plain.execute(rerun.sql());
      } else if (!tookEffect(plain, rerun.tookEffect())) {
        plain.execute(rerun.sql());
      }
    } else if (work != null) {
      work.run(connection);
    } else if (parameters.isEmpty()) {
      plain.execute(sql);
    } else {
      try (PreparedStatement prepared = connection.prepareStatement(sql)) {
        for (int i = 0; i < parameters.size(); i++) {
          prepared.setObject(i + 1, parameters.get(i));
        }
        prepared.executeUpdate();
      }
    }
  }

  private static boolean tookEffect(Statement plain, String query) throws SQLException {
    try (ResultSet rows = plain.executeQuery(query)) {
      return rows.next();
    }
  }
}
