package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.runtime.MigrationSet;
import dev.retort.engine.runtime.SourceMigrations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** autogen and revision against the default H2 database, their errors, and help and version. */
class AuthoringCommandsTest {
  @TempDir
  Path dir;

  @Test
  void autogenCreatesTheDefaultFolderAndTheFirstMigration() throws Exception {
    Path entities = SampleEntities.compile(dir.resolve("entities"));
    CliRunner cli = new CliRunner(Files.createDirectories(dir.resolve("app")));
    CliRunner.Result result = cli.run("autogen", "--entities", "dev.retort.sample", "--classpath",
        entities.toString(), "-m", "create package index");
    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).startsWith("Created migrations folder migrations.\nWrote migrations/M");
    assertThat(cli.run("upgrade").exitCode()).isZero();
    assertThat(cli.run("autogen", "--entities", "dev.retort.sample", "--classpath", entities.toString()).out())
        .isEqualTo("No changes: the database matches the entities in dev.retort.sample. Nothing was written.\n");
  }

  @Test
  void excludedTablesAreNeitherCreatedNorDropped() throws Exception {
    Path entities = SampleEntities.compile(dir.resolve("entities"));
    Path app = Files.createDirectories(dir.resolve("app"));
    CliRunner cli = new CliRunner(app);
    String[] base = {"autogen", "--entities", "dev.retort.sample", "--classpath", entities.toString()};
    assertThat(cli.run(concat(base, "--exclude", "download*,maintainers")).out())
        .doesNotContain("create table downloads").doesNotContain("create table maintainers")
        .contains("  + create table packages\n");
    assertThat(cli.run("upgrade").exitCode()).isZero();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(
        "jdbc:h2:file:" + app.resolve("retort-db"), "sa", "");
        java.sql.Statement s = c.createStatement()) {
      s.execute("CREATE TABLE legacy_stats (id INT PRIMARY KEY)");
    }
    Files.writeString(app.resolve("retort.properties"), "exclude=legacy_*, download*, maintainers\n");
    assertThat(cli.run(base).out()).isEqualTo("No changes: the database matches the entities in"
        + " dev.retort.sample. Nothing was written.\n");
    assertThat(cli.run(concat(base, "--include", "legacy_*", "--exclude", "none")).out())
        .contains("  - drop table legacy_stats   (danger: data loss, running application)\n");
  }

  private static String[] concat(String[] first, String... more) {
    String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }

  @Test
  void twoMigrationsInOneSecondGetDistinctNames() throws Exception {
    CliRunner cli = new CliRunner(dir);
    assertThat(cli.run("init").exitCode()).isZero();
    for (int i = 0; i < 3; i++) {
      assertThat(cli.run("revision", "-m", "same").exitCode()).isZero();
    }
    try (Stream<Path> files = Files.list(dir.resolve("migrations"))) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .hasSize(3).allMatch(name -> name.matches("M\\d{8}_\\d{6}_Same(_\\d)?\\.java"));
    }
    assertThat(cli.run("upgrade").exitCode()).isZero();
  }

  @Test
  void aPackageWithoutEntitiesIsAnError() throws Exception {
    Path entities = SampleEntities.compile(dir.resolve("entities"));
    CliRunner cli = new CliRunner(Files.createDirectories(dir.resolve("app")));
    CliRunner.Result result = cli.run("autogen", "--entities", "com.example.nothing", "--classpath",
        entities.toString());
    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.errorText()).isEqualTo("error: No @Entity classes found in package 'com.example.nothing' or its"
        + " sub-packages. Nothing was written. Check the package name, and that --classpath (or classpath in"
        + " retort.properties) names the folder or jar that holds the compiled entities.\n");
    assertThat(files(dir.resolve("app/migrations"))).isZero();
  }

  @Test
  void autogenNeedsAnEntityPackageAndAnExistingClassPath() throws Exception {
    CliRunner cli = new CliRunner(Files.createDirectories(dir.resolve("app")));
    CliRunner.Result none = cli.run("autogen");
    assertThat(none.exitCode()).isEqualTo(3);
    assertThat(none.errorText()).isEqualTo("error: No entity package given, so there is nothing to compare. Nothing"
        + " was written. Pass --entities com.example.model (or set entities in retort.properties).\n");
    CliRunner.Result missing = cli.run("autogen", "--entities", "x", "--classpath", "build/classes");
    assertThat(missing.exitCode()).isEqualTo(3);
    assertThat(missing.errorText()).isEqualTo("error: The class path entry " + dir.resolve("app/build/classes")
        + " does not exist. Nothing was written. Build the entities first, or correct --classpath (or classpath"
        + " in retort.properties).\n");
  }

  @Test
  void revisionWritesAnEmptyMigrationThatFollowsTheHead() throws Exception {
    CliRunner cli = new CliRunner(dir);
    assertThat(cli.run("init").exitCode()).isZero();
    CliRunner.Result first = cli.run("revision", "-m", "seed licences", "--rev-id", "abc123");
    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(first.out()).matches("Wrote migrations/M\\d{8}_\\d{6}_SeedLicences.java \\(revision abc123\\)\n"
        + "  \\(empty: fill in upgrade\\(\\) and downgrade\\(\\)\\)\n");
    assertThat(cli.run("revision", "-m", "second", "--rev-id", "def456").exitCode()).isZero();
    MigrationSet set = SourceMigrations.load(dir.resolve("migrations"));
    assertThat(set.get("def456").info().parents()).containsExactly("abc123");
    CliRunner.Result clash = cli.run("revision", "-m", "again", "--rev-id", "def456");
    assertThat(clash.exitCode()).isEqualTo(13);
    assertThat(clash.err()).startsWith("error: Revision def456 already exists (migrations.M");
    assertThat(cli.run("upgrade").out()).endsWith("Done: 2 migration(s); the database is now at def456.\n");
  }

  @Test
  void helpAndVersion() {
    CliRunner cli = new CliRunner(dir);
    CliRunner.Result help = cli.run("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).startsWith("Usage: retort [-hV] ")
        .contains("  autogen              Compare the entities with the database and write one");
    for (String command : new String[] {"autogen", "revision", "upgrade", "downgrade", "current", "history"}) {
      CliRunner.Result commandHelp = cli.run(command, "--help");
      assertThat(commandHelp.exitCode()).as(command).isZero();
      assertThat(commandHelp.out()).as(command).startsWith("Usage: retort " + command).contains("--url=JDBC_URL");
    }
    assertThat(cli.run("--version").out()).startsWith("retort 0.1.0-SNAPSHOT\n");
    CliRunner.Result unknown = cli.run("upgrad");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).isEqualTo("""
        error: Unmatched argument at index 0: 'upgrad'
        Did you mean: retort upgrade or retort downgrade or retort heads?
        Nothing was done. `retort --help` lists the options and arguments it takes.
        """);
  }

  private static long files(Path folder) throws Exception {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.count();
    }
  }
}
