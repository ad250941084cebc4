package dev.retort.engine.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Opens a connection on a thread of its own and stops waiting after the timeout, for drivers that have no
 * connect timeout (H2's TCP client). The thread may stay blocked until the driver gives up; it is a daemon, and
 * a connection that arrives after all is closed at once.
 */
final class ConnectWatchdog {
  interface Opening {
    Connection open() throws SQLException;
  }

  private ConnectWatchdog() {}

  static Connection open(Opening opening, Duration timeout) throws SQLException {
    CompletableFuture<Connection> result = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        result.complete(opening.open());
      } catch (SQLException | RuntimeException e) {
        result.completeExceptionally(e);
      }
    }, "retort-connect");
    thread.setDaemon(true);
    thread.start();
    try {
      return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      result.thenAccept(ConnectWatchdog::closeQuietly);
      throw new SQLTimeoutException("the driver was still waiting for the server", "08001", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      result.thenAccept(ConnectWatchdog::closeQuietly);
      throw new SQLException("interrupted while connecting", "08001", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SQLException failure) {
        throw failure;
      }
      throw (RuntimeException) e.getCause();
    }
  }

  private static void closeQuietly(Connection late) {
    try {
      late.close();
    } catch (SQLException e) {
      // nobody waits for it any more
    }
  }
}
