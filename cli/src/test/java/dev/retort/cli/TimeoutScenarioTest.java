package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.StallingProxy;
import dev.retort.engine.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Nothing hangs: a server that accepts the connection and then says nothing, before the login or after it,
 * ends the command within the configured timeout, with a message naming the setting. Every case here is
 * bounded by a 2 s timeout (or 1 s in a URL) and allowed {@link #SLACK} on top, on a loaded machine.
 */
class TimeoutScenarioTest {
  private static final Duration SLACK = Duration.ofSeconds(8);

  @TempDir
  Path dir;

  private CliRunner project(String... properties) throws Exception {
    Files.writeString(dir.resolve("retort.properties"), String.join("\n", properties) + "\n");
    Files.createDirectories(dir.resolve("migrations"));
    return new CliRunner(dir);
  }

  /** The command's result and how long it took. */
  private record Timed(CliRunner.Result result, Duration took) {}

  private static Timed timed(CliRunner cli, String... args) {
    long start = System.nanoTime();
    CliRunner.Result result = cli.run(args);
    return new Timed(result, Duration.ofNanos(System.nanoTime() - start));
  }

  @Test
  void aPostgresServerSilentFromTheStartIsAConnectTimeout() throws Exception {
    try (StallingProxy silent = StallingProxy.silent()) {
      String url = "jdbc:postgresql://127.0.0.1:" + silent.port() + "/x";
      Timed current = timed(project("url=" + url, "user=app", "connect.timeout=2"), "current");
      assertThat(current.result().exitCode()).as(current.toString()).isEqualTo(5);
      assertThat(current.result().errorText()).isEqualTo("error: The database at " + url + " as user 'app' did"
          + " not answer within 2 s (--connect-timeout) while connecting (Connection attempt timed out). Nothing was"
          + " changed. Check that the server is up and reachable from here, or raise --connect-timeout (or"
          + " connect.timeout in retort.properties).\n");
      assertThat(current.took()).isBetween(Duration.ofMillis(1900), Duration.ofSeconds(2).plus(SLACK));
    }
  }

  @Test
  void aMariaDbServerSilentFromTheStartIsAConnectTimeout() throws Exception {
    try (StallingProxy silent = StallingProxy.silent()) {
      String url = "jdbc:mariadb://127.0.0.1:" + silent.port() + "/x";
      Timed current = timed(project("url=" + url, "user=app"), "current", "--connect-timeout", "2");
      assertThat(current.result().exitCode()).as(current.toString()).isEqualTo(5);
      assertThat(current.result().errorText())
          .startsWith("error: The database at " + url + " as user 'app' did not answer within 2 s"
              + " (--connect-timeout) while connecting (Socket timeout when connecting to ")
          .endsWith("). Nothing was changed. Check that the server is up and reachable from here, or raise"
              + " --connect-timeout (or connect.timeout in retort.properties).\n");
      assertThat(current.took()).isBetween(Duration.ofMillis(1900), Duration.ofSeconds(2).plus(SLACK));
    }
  }

  /** H2's TCP client has no connect timeout: Retort stops waiting for it. */
  @Test
  void anH2ServerSilentFromTheStartIsAConnectTimeout() throws Exception {
    try (StallingProxy silent = StallingProxy.silent()) {
      String url = "jdbc:h2:tcp://127.0.0.1:" + silent.port() + "/x";
      Timed current = timed(project("url=" + url, "connect.timeout=2"), "current");
      assertThat(current.result().exitCode()).as(current.toString()).isEqualTo(5);
      assertThat(current.result().errorText()).isEqualTo("error: The database at " + url + " as user 'sa' did"
          + " not answer within 2 s (--connect-timeout) while connecting (the driver was still waiting for the"
          + " server). Nothing was changed. Check that the server is up and reachable from here, or raise"
          + " --connect-timeout (or connect.timeout in retort.properties).\n");
      assertThat(current.took()).isBetween(Duration.ofMillis(1900), Duration.ofSeconds(2).plus(SLACK));
    }
  }

  /** The URL's own loginTimeout=1 wins over connect.timeout=30: the command ends after one second. */
  @Test
  void aConnectTimeoutInTheUrlWins() throws Exception {
    try (StallingProxy silent = StallingProxy.silent()) {
      String url = "jdbc:postgresql://127.0.0.1:" + silent.port() + "/x?loginTimeout=1";
      Timed current = timed(project("url=" + url, "user=app", "connect.timeout=30"), "current");
      assertThat(current.result().exitCode()).as(current.toString()).isEqualTo(5);
      assertThat(current.result().errorText()).isEqualTo("error: The database at " + url + " as user 'app' did"
          + " not answer in time (loginTimeout=1 in the URL) while connecting (Connection attempt timed out)."
          + " Nothing was changed. Check that the server is up and reachable from here, or raise loginTimeout in"
          + " the URL.\n");
      assertThat(current.took()).isBetween(Duration.ofMillis(900), Duration.ofSeconds(1).plus(SLACK));
    }
  }

  /**
   * The login passes through to the real server, then the server goes silent on the first catalog query: the
   * read timeout (2 s) ends it, well before the connect timeout (30 s) could.
   */
  @ParameterizedTest
  @EnumSource(value = DatabaseKind.class, names = {"POSTGRESQL", "MARIADB"})
  void aServerThatStopsAnsweringAfterTheLoginIsAReadTimeout(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind);
        StallingProxy proxy = StallingProxy.stallingOn(db.url(),
            kind == DatabaseKind.POSTGRESQL ? "pg_catalog" : "information_schema")) {
      String url = proxy.url(db.url());
      CliRunner cli = project("url=" + url, "user=" + db.user(), "password=" + db.password(),
          "connect.timeout=30", "read.timeout=2");
      Timed current = timed(cli, "current");
      assertThat(current.result().exitCode()).as(current.toString()).isEqualTo(15);
      assertThat(current.result().errorText()).isEqualTo("error: The database at " + url + " did not answer"
          + " within 2 s (--read-timeout) while reading retort_version. Nothing further was changed. Check the server"
          + " and the network to it, or raise --read-timeout (or read.timeout in retort.properties).\n");
      assertThat(proxy.stalled()).isTrue();
      assertThat(current.took()).isBetween(Duration.ofMillis(1900), Duration.ofSeconds(2).plus(SLACK));
    }
  }

  /** `check` reads the version table, then the catalog for the entities: the catalog query is the one cut off. */
  @Test
  void aServerThatStopsAnsweringWhileTheSchemaIsReadIsAReadTimeout() throws Exception {
    Path entities = SampleEntities.compile(dir.resolve("entities"));
    try (TestDatabase db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        StallingProxy proxy = StallingProxy.stallingOn(db.url(), "pg_attribute")) {
      String url = proxy.url(db.url());
      CliRunner cli = project("url=" + url, "user=" + db.user(), "password=" + db.password(), "read.timeout=2");
      Timed check = timed(cli, "check", "--entities", SampleEntities.PACKAGE, "--classpath", entities.toString());
      assertThat(check.result().exitCode()).as(check.toString()).isEqualTo(15);
      assertThat(check.result().errorText()).isEqualTo("error: The database at " + url + " did not answer"
          + " within 2 s (--read-timeout) while reading the schema. Nothing further was changed. Check the server"
          + " and the network to it, or raise --read-timeout (or read.timeout in retort.properties).\n");
      // reading the entities with Hibernate comes first, and takes a few seconds of its own
      assertThat(check.took()).isLessThan(Duration.ofSeconds(2).plus(SLACK).plus(Duration.ofSeconds(15)));
    }
  }

  /** The same server through no proxy answers: the timeouts bound waiting, not the work. */
  @ParameterizedTest
  @EnumSource(value = DatabaseKind.class, names = {"POSTGRESQL", "MARIADB"})
  void aServerThatAnswersIsNotCutOff(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      CliRunner cli = project("url=" + db.url(), "user=" + db.user(), "password=" + db.password(),
          "connect.timeout=2", "read.timeout=2");
      CliRunner.Result current = cli.run("current");
      assertThat(current.exitCode()).as(current.toString()).isZero();
      assertThat(current.out()).isEqualTo("base (no revision applied)\n");
    }
  }

  @Test
  void aTimeoutThatIsNotWholeSecondsIsRefused() throws Exception {
    CliRunner.Result current = project("read.timeout=1m").run("current");
    assertThat(current.exitCode()).isEqualTo(3);
    assertThat(current.err()).isEqualTo("error: read.timeout=1m in retort.properties is not a number of seconds"
        + " Retort can wait. Nothing was changed and no database was opened. Give whole seconds, 0 for no limit"
        + " (read.timeout=60 is the default).\n");
    CliRunner.Result negative = new CliRunner(dir).run("current", "--connect-timeout", "-1");
    // an option is a usage error, exit 2; the file's entry a configuration one
    assertThat(negative.exitCode()).isEqualTo(2);
    assertThat(negative.err()).startsWith("error: --connect-timeout -1 is not a number of seconds Retort can"
        + " wait.");
  }
}
