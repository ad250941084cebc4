package dev.retort.engine.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * The read timeout of an open connection ({@link Connection#setNetworkTimeout}), lifted for the waits that are
 * meant to be long: a migration's own statements, a lock the server holds the call for. A connection without
 * one (an embedded database, or a driver that has none) is left as it is.
 */
final class ReadTimeouts {
  /** The drivers only use it to abort a connection whose read timed out, which is as well done at once. */
  static final Executor DIRECT = Runnable::run;

  private ReadTimeouts() {}

  /** Takes the limit away; returns the one there was, for {@link #restore}. */
  static int lift(Connection connection) throws SQLException {
    int was = current(connection);
    if (was > 0) {
      connection.setNetworkTimeout(DIRECT, 0);
    }
    return was;
  }

  /** Adds {@code by} to the limit for a call the server may hold that long; returns the one there was. */
  static int widen(Connection connection, Duration by) throws SQLException {
    int was = current(connection);
    if (was > 0) {
      connection.setNetworkTimeout(DIRECT, (int) Math.min(Integer.MAX_VALUE, was + by.toMillis()));
    }
    return was;
  }

  /** Puts back what {@link #lift} or {@link #widen} returned. */
  static void restore(Connection connection, int was) throws SQLException {
    if (was > 0) {
      connection.setNetworkTimeout(DIRECT, was);
    }
  }

  private static int current(Connection connection) throws SQLException {
    try {
      return connection.getNetworkTimeout();
    } catch (SQLFeatureNotSupportedException | UnsupportedOperationException e) {
      return 0;
    }
  }
}
