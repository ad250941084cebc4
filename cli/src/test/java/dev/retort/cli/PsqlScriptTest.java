package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autogen.introspect.Introspectors;
import dev.retort.engine.dialect.PostgresDialect;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline PostgreSQL script, run with psql, builds the schema the online upgrade builds. */
class PsqlScriptTest {
  @TempDir
  Path dir;

  @Test
  void psqlRunsTheScriptToTheSameSchema() throws Exception {
    Path psql = Path.of("/usr/bin/psql");
    if (!Files.isExecutable(psql) && !"true".equalsIgnoreCase(System.getenv("CI"))) {
      System.err.println("SKIPPED: psql is not installed");
      Assumptions.abort("psql is not installed");
    }
    try (TestDatabase online = TestDatabase.create(DatabaseKind.POSTGRESQL);
        TestDatabase offline = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
      Path entities = SampleEntities.compile(dir.resolve("entities"));
      Path project = Files.createDirectories(dir.resolve("project"));
      CliRunner cli = new CliRunner(project);
      String[] url = {"--url", online.url(), "--user", online.user()};
      assertThat(cli.run("init").exitCode()).isZero();
      assertThat(cli.run(concat(url, "autogen", "--entities", "dev.retort.sample", "--classpath",
          entities.toString(), "-m", "create package index")).exitCode()).isZero();
      CliRunner.Result script = cli.run(concat(url, "upgrade", "--sql"));
      assertThat(script.exitCode()).isZero();
      Path file = dir.resolve("upgrade.sql");
      Files.writeString(file, script.out(), StandardCharsets.UTF_8);
      assertThat(cli.run(concat(url, "upgrade")).exitCode()).isZero();

      Process run = new ProcessBuilder(psql.toString(), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
          "-U", offline.user(), "-d", offline.name(), "-f", file.toString())
          .redirectErrorStream(true).start();
      String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(run.exitValue()).as(output).isZero();

      assertThat(introspect(offline)).isEqualTo(introspect(online));
      String[] offlineUrl = {"--url", offline.url(), "--user", offline.user()};
      assertThat(cli.run(concat(offlineUrl, "check", "--entities", "dev.retort.sample", "--classpath",
          entities.toString())).out()).isEqualTo("In step: the database is at "
          + cli.run(concat(url, "current")).out().replaceAll("^<base> -> (\\w+) .*\\n$", "$1")
          + " and matches the entities.\n");
    }
  }

  private static SchemaModel introspect(TestDatabase db) throws Exception {
    try (Connection c = db.connect()) {
      return Introspectors.forDialect(new PostgresDialect()).introspect(c);
    }
  }

  private static String[] concat(String[] options, String... command) {
    String[] all = new String[command.length + options.length];
    System.arraycopy(command, 0, all, 0, command.length);
    System.arraycopy(options, 0, all, command.length, options.length);
    return all;
  }
}
