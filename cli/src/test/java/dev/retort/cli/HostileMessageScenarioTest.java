package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.runtime.SourceMigrations;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A message typed with {@code -m} stays text: a comment in scripts, a string in the class, exact both ways. */
class HostileMessageScenarioTest {
  private static final String DROP = "x\n DROP TABLE x;";

  @TempDir
  Path dir;

  private CliRunner project() throws Exception {
    Path project = Files.createDirectories(dir.resolve("project"));
    CliRunner cli = new CliRunner(project);
    assertThat(cli.run("init").exitCode()).isZero();
    Files.writeString(project.resolve("migrations/CreateX.java"), ExitCodeTest.migration("CreateX",
        "create000001", "", "op.createTable(\"x\", column(\"id\", bigint()));",
        "op.dropTable(\"x\", column(\"id\", bigint()));"));
    CliRunner.Result revision = cli.run("revision", "-m", DROP, "--rev-id", "hostile00002");
    assertThat(revision.exitCode()).as(revision.toString()).isZero();
    return cli;
  }

  @Test
  void aLineBreakInTheMessageStaysACommentInEveryScript() throws Exception {
    CliRunner cli = project();
    for (String dialect : List.of("postgresql", "mariadb", "h2")) {
      CliRunner.Result script = cli.run("upgrade", "--sql", "create000001:head", "--dialect", dialect);
      assertThat(script.exitCode()).as(script.toString()).isZero();
      String versionTable = switch (dialect) {
        case "postgresql" -> "\"retort_version\" (\"revision\", \"checksum\", \"message\", \"applied_at\")";
        case "mariadb" -> "`retort_version` (`revision`, `checksum`, `message`, `applied_at`)";
        default -> "\"RETORT_VERSION\" (\"REVISION\", \"CHECKSUM\", \"MESSAGE\", \"APPLIED_AT\")";
      };
      String name = switch (dialect) {
        case "postgresql" -> "PostgreSQL";
        case "mariadb" -> "MariaDB";
        default -> "H2";
      };
      String[] transaction = dialect.equals("postgresql") ? new String[] {"BEGIN;\n", "COMMIT;\n"}
          : new String[] {"", ""};
      assertThat(script.out().replaceAll("M\\d{8}_\\d{6}_", "M_").replaceAll("'[0-9a-f]{64}'", "'SHA'"))
          .isEqualTo("-- Retort upgrade script for " + name + ": create000001 -> head\n"
              + "-- Written offline; review it before running.\n"
              + "\n"
              + "-- Upgrade to hostile00002 (M_XDROPTABLEX): x\n"
              + "--  DROP TABLE x;\n"
              + transaction[0]
              + "INSERT INTO " + versionTable + " VALUES ('hostile00002', 'SHA', 'x\n DROP TABLE x;',"
              + " CURRENT_TIMESTAMP);\n"
              + transaction[1]
              + "\n");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"POSTGRESQL", "MARIADB", "H2"})
  void theScriptRunByTheDatabasesOwnClientLeavesTheTable(String kindName) throws Exception {
    DatabaseKind kind = DatabaseKind.valueOf(kindName);
    CliRunner cli = project();
    try (TestDatabase db = TestDatabase.create(kind)) {
      String[] database = {"--url", db.url(), "--user", db.user(), "--password", db.password()};
      assertThat(cli.run(ScenarioSupport.args(database, "upgrade", "create000001")).exitCode()).isZero();
      String script = cli.run("upgrade", "--sql", "create000001:head", "--url", db.url()).out();
      switch (kind) {
        case POSTGRESQL -> client(script, "/usr/bin/psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
            "-U", db.user(), "-d", db.name());
        case MARIADB -> client(script, "/usr/bin/mariadb", "-h", "127.0.0.1", "-u", db.user(), db.name());
        case H2 -> {
          Path file = dir.resolve("upgrade.sql");
          Files.writeString(file, script, StandardCharsets.UTF_8);
          db.execute("RUNSCRIPT FROM '" + file + "' CHARSET 'UTF-8'");
        }
      }
      String quote = kind == DatabaseKind.MARIADB ? "`" : "\"";
      String x = kind == DatabaseKind.H2 ? "X" : "x";
      assertThat(ScenarioSupport.rows(db, "SELECT COUNT(*) FROM " + quote + x + quote)).containsExactly("0");
      assertThat(cli.run(ScenarioSupport.args(database, "current")).out()).startsWith("create000001 ->"
          + " hostile00002 (head, current), x\n DROP TABLE x;");
    }
  }

  /** Pipes the script into a database's command-line client, as a DBA would. */
  private static void client(String script, String... command) throws Exception {
    if (!Files.isExecutable(Path.of(command[0])) && !"true".equalsIgnoreCase(System.getenv("CI"))) {
      System.err.println("SKIPPED: " + command[0] + " is not installed");
      Assumptions.abort(command[0] + " is not installed");
    }
    Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
    run.getOutputStream().write(script.getBytes(StandardCharsets.UTF_8));
    run.getOutputStream().close();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(run.exitValue()).as(output).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "ends the comment \\u002a/ static { System.exit(3); } /*",
      "ends the line \\u000a System.exit(3);",
      "not an escape \\uZZZZ",
      "*/ \"double\" and 'single' quotes */",
      "Größe für Pakete – 日本語"})
  void theMessageReadBackFromTheCompiledClassIsTheInput(String message) throws Exception {
    Path project = Files.createDirectories(dir.resolve("project"));
    CliRunner cli = new CliRunner(project);
    assertThat(cli.run("init").exitCode()).isZero();
    CliRunner.Result revision = cli.run("revision", "-m", message, "--rev-id", "message00001");
    assertThat(revision.exitCode()).as(revision.toString()).isZero();
    assertThat(SourceMigrations.load(project.resolve("migrations")).get("message00001").info().message())
        .isEqualTo(message);
    CliRunner.Result show = cli.run("show", "message00001");
    assertThat(show.exitCode()).as(show.toString()).isZero();
    assertThat(show.out()).contains("Message:  " + message + "\n");
  }
}
