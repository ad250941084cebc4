package dev.retort.engine.runtime;

import dev.retort.engine.dialect.SqlDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Serialises concurrent runs against one database. Locks belong to the connection's session, so a killed
 * process never leaves one behind: the server drops it with the connection.
 */
interface MigrationLock {
  /** Waits up to {@code timeout}; returns false if the lock could not be had in time. */
  boolean acquire(Connection connection, Duration timeout) throws SQLException;

  void release(Connection connection) throws SQLException;

  static MigrationLock forDialect(SqlDialect dialect, String url) {
    return switch (dialect.name()) {
      case "PostgreSQL" -> new PostgresAdvisoryLock();
      case "MariaDB" -> new MariaDbNamedLock();
      default -> new InProcessLock(url);
    };
  }
}
