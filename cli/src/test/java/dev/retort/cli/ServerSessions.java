package dev.retort.cli;

import static org.assertj.core.api.Assertions.fail;

import dev.retort.engine.testing.DatabaseKind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** What other sessions of a server database are running, and ending them as an administrator would. */
final class ServerSessions {
  private ServerSessions() {}

  /** Waits until another session of the database runs a statement starting with {@code prefix}; its id. */
  static long awaitStatement(FaultDatabase db, String prefix) throws SQLException, InterruptedException {
    String sql = db.kind() == DatabaseKind.POSTGRESQL
        ? "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
            + " AND state = 'active' AND query LIKE '" + prefix + "%'"
        : "SELECT id FROM information_schema.processlist WHERE db = DATABASE() AND id <> CONNECTION_ID()"
            + " AND info LIKE '" + prefix + "%'";
    long deadline = System.currentTimeMillis() + 60_000;
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      while (System.currentTimeMillis() < deadline) {
        try (ResultSet rs = s.executeQuery(sql)) {
          if (rs.next()) {
            return rs.getLong(1);
          }
        }
        Thread.sleep(10);
      }
    }
    fail("no session ran " + prefix + "... within a minute");
    return 0;
  }

  /** Ends the session as the server's administrator does: pg_terminate_backend, KILL CONNECTION. */
  static void terminate(FaultDatabase db, long session) throws SQLException {
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      s.execute(db.kind() == DatabaseKind.POSTGRESQL ? "SELECT pg_terminate_backend(" + session + ")"
          : "KILL CONNECTION " + session);
    }
  }
}
