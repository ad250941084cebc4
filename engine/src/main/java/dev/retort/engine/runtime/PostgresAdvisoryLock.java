package dev.retort.engine.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/** A session-level advisory lock, polled so that the wait has a timeout. */
final class PostgresAdvisoryLock implements MigrationLock {
  /** "RETORT" in ASCII: one key per database, shared by every Retort run. */
  static final long KEY = 0x5245544f5254L;
  private static final long POLL_MILLIS = 100;

  @Override
  public boolean acquire(Connection connection, Duration timeout) throws SQLException {
    long deadline = System.nanoTime() + timeout.toNanos();
    try (PreparedStatement attempt = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      attempt.setLong(1, KEY);
      while (true) {
        try (ResultSet result = attempt.executeQuery()) {
          if (result.next() && result.getBoolean(1)) {
            return true;
          }
        }
        if (System.nanoTime() > deadline) {
          return false;
        }
        Sleep.millis(POLL_MILLIS);
      }
    }
  }

  @Override
  public void release(Connection connection) throws SQLException {
    try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
      unlock.setLong(1, KEY);
      unlock.executeQuery().close();
    }
  }
}
