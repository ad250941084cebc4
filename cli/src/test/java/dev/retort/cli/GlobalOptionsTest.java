package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connection and project options, --lock-timeout and --verbose mean the same before the command name as
 * after it; before it, they count only for a command that uses them.
 */
class GlobalOptionsTest {
  @TempDir
  Path dir;

  private CliRunner cli;

  @BeforeEach
  void project() throws Exception {
    cli = new CliRunner(dir);
    Files.createDirectories(dir.resolve("db/migrations"));
    Files.writeString(dir.resolve("db/migrations/Authors.java"), ExitCodeTest.migration("Authors", "authors00001",
        "", "op.createTable(\"authors\", column(\"id\", bigint()).notNull(), primaryKey(\"id\"));",
        "op.dropTable(\"authors\", column(\"id\", bigint()).notNull(), primaryKey(\"id\"));"));
  }

  @Test
  void theConnectionOptionsCountBeforeOrAfterTheCommand() {
    String url = "jdbc:h2:file:" + dir.resolve("app");
    CliRunner.Result after = cli.run("current", "--migrations", "db/migrations", "--url", url, "--user", "sa",
        "--password", "s3cret");
    assertThat(after.exitCode()).as(after.toString()).isZero();
    assertThat(after.database()).isEqualTo(url + " (user sa)");
    CliRunner.Result before = cli.run("--url", url, "--user", "sa", "--password", "s3cret", "--migrations",
        "db/migrations", "current");
    assertThat(before.exitCode()).as(before.toString()).isZero();
    assertThat(before.database()).isEqualTo(url + " (user sa)");
    assertThat(before.out()).isEqualTo(after.out()).isEqualTo("base (no revision applied); run `retort upgrade"
        + " head`\n");
    CliRunner.Result mixed = cli.run("--url", url, "upgrade", "--migrations", "db/migrations", "--password",
        "s3cret");
    assertThat(mixed.exitCode()).as(mixed.toString()).isZero();
    assertThat(mixed.out()).endsWith("Done: 1 migration(s); the database is now at authors00001.\n");
    // the password given before the command is the one used: a wrong one is refused by the database
    CliRunner.Result wrong = cli.run("--password", "wrong", "--url", url, "current", "--migrations",
        "db/migrations");
    assertThat(wrong.exitCode()).isEqualTo(6);
    assertThat(wrong.errorText()).startsWith("error: The database at " + url + " as user 'sa' refused the"
        + " credentials: ").doesNotContain("wrong");
  }

  @Test
  void migrationsAndVerboseCountBeforeOrAfterTheCommand() {
    CliRunner.Result after = cli.run("upgrade", "--migrations", "nowhere");
    CliRunner.Result before = cli.run("--migrations", "nowhere", "upgrade");
    assertThat(before.exitCode()).isEqualTo(after.exitCode()).isEqualTo(7);
    assertThat(before.errorText()).isEqualTo(after.errorText()).startsWith("error: The migrations folder "
        + dir.resolve("nowhere") + " does not exist.");
    assertThat(after.errorText()).doesNotContain("\tat ");
    assertThat(cli.run("--verbose", "upgrade", "--migrations", "nowhere").errorText()).contains("\tat ");
    assertThat(cli.run("upgrade", "--migrations", "nowhere", "--verbose").errorText()).contains("\tat ");
  }

  /** An alias may carry the connection for every command: those that do not connect leave it alone. */
  @Test
  void optionsBeforeTheCommandCountOnlyWhereTheyMeanSomething() {
    CliRunner.Result heads = cli.run("--url", "jdbc:postgresql://db.invalid/app", "--lock-timeout", "5",
        "--migrations", "db/migrations", "heads");
    assertThat(heads.exitCode()).as(heads.toString()).isZero();
    assertThat(heads.err()).isEmpty();
    assertThat(heads.out()).isEqualTo("authors00001 (Authors): Authors\n");

    CliRunner.Result script = cli.run("--url", "jdbc:postgresql://db.invalid/app", "--lock-timeout", "5",
        "--migrations", "db/migrations", "upgrade", "--sql");
    assertThat(script.exitCode()).as(script.toString()).isZero();
    assertThat(script.err()).isEmpty();
    assertThat(script.out()).startsWith("-- Retort upgrade script for PostgreSQL: base -> head\n")
        .isEqualTo(cli.run("upgrade", "--sql", "--url", "jdbc:postgresql://db.invalid/app", "--migrations",
            "db/migrations").out());
  }
}
