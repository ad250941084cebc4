package dev.retort.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.migration.Migration;
import dev.retort.engine.migration.Ops;
import dev.retort.engine.migration.Revision;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.net.SocketTimeoutException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The read timeout bounds Retort's own queries, not a migration's statements nor the wait for a lock the server
 * holds the answer back for; what each driver is told, and a URL parameter winning over it.
 */
class TimeoutsTest {
  private static final Timeouts ONE_SECOND_READS = Timeouts.DEFAULT.withRead(Duration.ofSeconds(1));

  @Revision(id = "sleep0000001", message = "a long statement on PostgreSQL")
  public static final class SleepsOnPostgres implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.execute("SELECT pg_sleep(2.5)", "SELECT pg_sleep(2.5)");
    }

    @Override
    public void downgrade(Ops op) {
      op.execute("SELECT pg_sleep(2.5)", "SELECT pg_sleep(2.5)");
    }
  }

  @Revision(id = "sleep0000001", message = "a long statement on MariaDB")
  public static final class SleepsOnMariaDb implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.execute("SELECT SLEEP(2.5)", "SELECT SLEEP(2.5)");
    }

    @Override
    public void downgrade(Ops op) {
      op.execute("SELECT SLEEP(2.5)", "SELECT SLEEP(2.5)");
    }
  }

  private static Migrator migrator(TestDatabase db, Timeouts timeouts, Class<?>... classes) {
    return new Migrator(new Connector(new ConnectionSettings(db.url(), db.user(), db.password()), timeouts),
        Dialects.forJdbcUrl(db.url()), new MigrationSet(MigrationClasses.load(List.of(classes))))
        .withLockTimeout(timeouts.lock());
  }

  /** A 2.5 s statement under a 1 s read timeout: migrations are never cut off, and the bound comes back after. */
  @ParameterizedTest
  @EnumSource(value = DatabaseKind.class, names = {"POSTGRESQL", "MARIADB"})
  void aMigrationStatementRunsLongerThanTheReadTimeout(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Class<?> sleeps = kind == DatabaseKind.POSTGRESQL ? SleepsOnPostgres.class : SleepsOnMariaDb.class;
      Migrator migrator = migrator(db, ONE_SECOND_READS, sleeps);
      assertThat(migrator.upgrade("head", step -> { }).current()).containsExactly("sleep0000001");
      assertThat(migrator.current()).containsExactly("sleep0000001");
      try (Connection connection = new Connector(new ConnectionSettings(db.url(), db.user(), db.password()),
          ONE_SECOND_READS).open()) {
        assertThat(connection.getNetworkTimeout()).isEqualTo(1000);
      }
    }
  }

  /** A URL's socketTimeout is the driver's bound on Retort's own queries; migration statements still run free. */
  @Test
  void aSocketTimeoutInTheUrlBoundsRetortsQueriesButNotTheMigration() throws Exception {
    try (TestDatabase db = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
      ConnectionSettings settings = new ConnectionSettings(db.url() + "?socketTimeout=1", db.user(), db.password());
      Connector connector = new Connector(settings, Timeouts.DEFAULT);
      try (Connection connection = connector.open()) {
        assertThat(connection.getNetworkTimeout()).isEqualTo(1000);
      }
      Migrator migrator = new Migrator(connector, Dialects.forJdbcUrl(db.url()),
          new MigrationSet(MigrationClasses.load(List.of(SleepsOnPostgres.class))));
      assertThat(migrator.upgrade("head", step -> { }).current()).containsExactly("sleep0000001");
    }
  }

  /** GET_LOCK holds its answer back while another session has the lock: that wait is the lock timeout's. */
  @Test
  void waitingForTheMariaDbLockOutlastsTheReadTimeout() throws Exception {
    try (TestDatabase db = TestDatabase.create(DatabaseKind.MARIADB); Connection other = db.connect()) {
      try (Statement statement = other.createStatement();
          ResultSet locked = statement.executeQuery("SELECT GET_LOCK(CONCAT('retort.', DATABASE()), 0)")) {
        locked.next();
        assertThat(locked.getInt(1)).isEqualTo(1);
      }
      CountDownLatch started = new CountDownLatch(1);
      CompletableFuture<Void> release = CompletableFuture.runAsync(() -> {
        try {
          started.await();
          Thread.sleep(2500);
          try (Statement statement = other.createStatement()) {
            statement.executeQuery("SELECT RELEASE_LOCK(CONCAT('retort.', DATABASE()))").close();
          }
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      long start = System.nanoTime();
      started.countDown();
      StampResult stamped = migrator(db, ONE_SECOND_READS.withLock(Duration.ofSeconds(30)),
          SleepsOnMariaDb.class).stamp("head", false);
      assertThat(stamped.recorded()).containsExactly("sleep0000001");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofSeconds(2));
      release.get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void eachDriverIsToldTheConnectTimeoutAsItCountsIt() {
    Timeouts timeouts = Timeouts.DEFAULT.withConnect(Duration.ofSeconds(3));
    assertThat(properties("jdbc:postgresql://db/app", timeouts))
        .isEqualTo(Map.of("connectTimeout", "3", "loginTimeout", "3", "socketTimeout", "3"));
    assertThat(properties("jdbc:mariadb://db/app", timeouts)).isEqualTo(Map.of("connectTimeout", "3000"));
    assertThat(properties("jdbc:mysql://db/app", timeouts)).isEqualTo(Map.of("connectTimeout", "3000"));
    assertThat(properties("jdbc:h2:file:./db", timeouts)).isEmpty();
    assertThat(properties("jdbc:h2:tcp://db/app", timeouts)).isEmpty();
    assertThat(properties("jdbc:postgresql://db/app", Timeouts.DEFAULT.withConnect(Duration.ofMillis(1500))))
        .containsEntry("loginTimeout", "2");
    assertThat(DriverTimeouts.forUrl("jdbc:h2:tcp://db/app").boundsConnect()).isFalse();
    assertThat(DriverTimeouts.forUrl("jdbc:h2:ssl://db/app").boundsConnect()).isFalse();
    assertThat(DriverTimeouts.forUrl("jdbc:h2:./db").boundsConnect()).isTrue();
  }

  /** What the user wrote in the URL stays the driver's word, in whatever case the user wrote the name. */
  @Test
  void aTimeoutParameterInTheUrlWins() {
    assertThat(properties("jdbc:postgresql://db/app?ssl=false&ConnectTimeout=30", Timeouts.DEFAULT)).isEmpty();
    assertThat(properties("jdbc:postgresql://db/app?loginTimeout=30", Timeouts.DEFAULT)).isEmpty();
    assertThat(properties("jdbc:postgresql://db/app?socketTimeout=300", Timeouts.DEFAULT))
        .isEqualTo(Map.of("connectTimeout", "10", "loginTimeout", "10"));
    assertThat(properties("jdbc:mariadb://db/app?connecttimeout=500", Timeouts.DEFAULT)).isEmpty();
    DriverTimeouts postgres = DriverTimeouts.forUrl("jdbc:postgresql:");
    assertThat(postgres.connectSettings("jdbc:postgresql://db/app?connectTimeout=5&loginTimeout=7"))
        .containsExactly("connectTimeout=5", "loginTimeout=7");
    assertThat(postgres.connectBound("jdbc:postgresql://db/app?connectTimeout=5&loginTimeout=7"))
        .isEqualTo(Duration.ofSeconds(5));
    assertThat(postgres.readSetting("jdbc:postgresql://db/app?socketTimeout=300")).isEqualTo("socketTimeout=300");
    assertThat(DriverTimeouts.forUrl("jdbc:mariadb:").connectBound("jdbc:mariadb://db/app?connectTimeout=500"))
        .isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void aReadTimeoutNamesTheSettingThatBoundIt() {
    SQLException timedOut = new SQLException("An I/O error occurred while sending to the backend.", "08006",
        new SocketTimeoutException("Read timed out"));
    Connector configured = new Connector(new ConnectionSettings("jdbc:postgresql://db/app", "app", "secret"),
        Timeouts.DEFAULT.withRead(Duration.ofSeconds(5)));
    assertThat(configured.readTimedOut("reading retort_version", timedOut).orElseThrow())
        .hasMessage("The database at jdbc:postgresql://db/app did not answer within 5 s (--read-timeout) while reading"
            + " retort_version. Nothing further was changed. Check the server and the network to it, or raise"
            + " --read-timeout (or read.timeout in retort.properties).")
        .extracting(e -> e.code()).isEqualTo(ErrorCode.DATABASE_TIMEOUT);
    Connector byUrl = new Connector(new ConnectionSettings("jdbc:postgresql://db/app?socketTimeout=30", "app", ""),
        Timeouts.DEFAULT);
    assertThat(byUrl.readTimedOut("stamping", new RetortException(ErrorCode.DATABASE_ERROR, "wrapped", timedOut))
        .orElseThrow()).hasMessage("The database at jdbc:postgresql://db/app?socketTimeout=30 did not answer in"
            + " time (socketTimeout=30 in the URL) while stamping. Nothing further was changed. Check the server and"
            + " the network to it, or raise socketTimeout in the URL.");
    Connector bare = new Connector(new ConnectionSettings("jdbc:postgresql://db/app?socketTimeout", "app", ""),
        Timeouts.DEFAULT);
    assertThat(bare.readTimedOut("stamping", timedOut).orElseThrow().getMessage())
        .contains("(socketTimeout in the URL)", "raise socketTimeout in the URL.");
    assertThat(configured.readTimedOut("reading retort_version", new SQLException("relation missing", "42P01")))
        .isEmpty();
  }

  @Test
  void messagesGiveDurationsInSeconds() {
    assertThat(Timeouts.seconds(Duration.ofSeconds(60))).isEqualTo("60 s");
    assertThat(Timeouts.seconds(Duration.ofMillis(1500))).isEqualTo("1.5 s");
  }

  private static Map<Object, Object> properties(String url, Timeouts timeouts) {
    Properties properties = DriverTimeouts.forUrl(url).connectProperties(url, timeouts);
    return Map.copyOf(properties);
  }
}
