package dev.retort.engine.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/** A named user lock ({@code GET_LOCK}), scoped to the current database so two databases never contend. */
final class MariaDbNamedLock implements MigrationLock {
  @Override
  public boolean acquire(Connection connection, Duration timeout) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("SELECT GET_LOCK(CONCAT('retort.', DATABASE()), ?)")) {
      lock.setLong(1, Math.max(0, timeout.toSeconds()));
      // the server holds the answer back while another run has the lock: the read may take that much longer
      int readTimeout = ReadTimeouts.widen(connection, timeout);
      boolean acquired;
      try (ResultSet result = lock.executeQuery()) {
        acquired = result.next() && result.getInt(1) == 1;
      }
      ReadTimeouts.restore(connection, readTimeout);
      return acquired;
    }
  }

  @Override
  public void release(Connection connection) throws SQLException {
    try (PreparedStatement unlock = connection.prepareStatement(
        "SELECT RELEASE_LOCK(CONCAT('retort.', DATABASE()))")) {
      unlock.executeQuery().close();
    }
  }
}
