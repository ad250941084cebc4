package dev.retort.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.retort.engine.error.RetortException;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A connection opened ahead is the first one a command gets, and its failure reads as if opened then. */
class ConnectAheadTest {
  @Test
  void theFirstOpenTakesTheConnectionOpenedAheadAndLaterOnesOpenTheirOwn() throws Exception {
    try (TestDatabase db = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
      int before = backends(db);
      Connector ahead = new Connector(new ConnectionSettings(db.url(), db.user(), db.password())).openingAhead();
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (backends(db) == before && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(backends(db)).as("opened before anyone asked").isEqualTo(before + 1);
      try (Connection first = ahead.open(); Connection second = ahead.open()) {
        assertThat(pid(first)).isNotEqualTo(pid(second));
        assertThat(backends(db)).as("one opened ahead, one when asked").isEqualTo(before + 2);
      }
    }
  }

  @Test
  void aFailureToConnectAheadIsThrownByTheFirstOpenAsItWouldBeThen() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    ConnectionSettings nowhere = new ConnectionSettings("jdbc:postgresql://127.0.0.1:" + port + "/none", "x", "");
    Timeouts timeouts = new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ZERO);
    RetortException direct = catchOpen(new Connector(nowhere, timeouts));
    RetortException ahead = catchOpen(new Connector(nowhere, timeouts).openingAhead());
    assertThat(ahead.code()).isEqualTo(direct.code());
    assertThat(ahead.getMessage()).isEqualTo(direct.getMessage());
  }

  private static RetortException catchOpen(Connector connector) {
    Throwable thrown = catchThrowable(connector::open);
    assertThat(thrown).isInstanceOf(RetortException.class);
    return (RetortException) thrown;
  }

  private static int pid(Connection c) throws Exception {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static int backends(TestDatabase db) throws Exception {
    try (Connection c = db.connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
            + " AND pid <> pg_backend_pid()")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
