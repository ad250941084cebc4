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
 */
record PlannedStatement(String text, String sql, List<Object> parameters, JdbcWork work,
    boolean outsideTransaction, Rerun rerun) {
  PlannedStatement {
    parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
  }

  static PlannedStatement sql(String sql, Rerun rerun) {
    return new PlannedStatement(sql, sql, List.of(), null, false, rerun);
  }

  PlannedStatement outside() {
    return new PlannedStatement(text, sql, parameters, work, true, rerun);
  }

  /** Runs it; with {@code again}, in its rerun form, for the statement a killed run may have run. */
  void execute(Connection connection, Statement plain, boolean again) throws SQLException {
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
