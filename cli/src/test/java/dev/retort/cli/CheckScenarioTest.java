package dev.retort.cli;

import static dev.retort.cli.ScenarioSupport.args;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * CHECK constraints through the command line: a Bean Validation range becomes a check the database
 * enforces, a new enum constant widens the enum's check (or the enum type where the database has one), and
 * autogen afterwards finds nothing, on every database.
 */
class CheckScenarioTest {
  @TempDir
  Path dir;

  private static final String STARS = """
      @jakarta.validation.constraints.Min(0)
        @Column(name = "stars")
        private Integer stars;
      """;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aRangeAndANewEnumConstant(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Path v1 = SampleEntities.compile(dir.resolve("v1"));
      Path v2 = SampleEntities.compile(dir.resolve("v2"), Map.<String, UnaryOperator<String>>of(
          "Package.java", text -> text.replace("// retort:fields-end", STARS + "\n  // retort:fields-end"),
          "ReleaseKind.java", text -> text.replace("BINARY", "BINARY,\n  CONDA")));
      Path project = Files.createDirectories(dir.resolve("project"));
      CliRunner cli = new CliRunner(project);
      String[] database = {"--url", db.url(), "--user", db.user(), "--password", db.password()};
      assertThat(cli.run(args(database, "autogen", "--entities", "dev.retort.sample", "--classpath",
          v1.toString(), "-m", "create package index")).exitCode()).isZero();
      assertThat(cli.run(args(database, "upgrade", "head")).exitCode()).isZero();

      CliRunner.Result change = cli.run(args(database, "autogen", "--entities", "dev.retort.sample",
          "--classpath", v2.toString(), "-m", "stars and conda", "--rev-id", "cccccccccccc"));
      assertThat(change.exitCode()).as(change.toString()).isZero();
      // the enum's values are its type on every database (a check on PostgreSQL, enum(...) elsewhere); an
      // added constant widens it, so nothing is lost
      String expected = """
          + add column packages.stars
          ~ alter column releases.kind type enum('BINARY','SOURCE','WHEEL') -> enum('BINARY','CONDA','SOURCE','WHEEL')
          + add check constraint ck_packages_stars on packages
          """;
      assertThat(change.out().replaceFirst("M\\d{8}_\\d{6}_", "M_")).isEqualTo(
          "Wrote migrations/M_StarsAndConda.java (revision cccccccccccc)\n" + expected.indent(2));
      CliRunner.Result upgrade = cli.run(args(database, "upgrade", "head"));
      assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();

      db.execute("INSERT INTO packages (name, author_name, created, stars) VALUES ('ok', 'A',"
          + " TIMESTAMP '2024-01-02 03:04:05', 3)");
      assertThatThrownBy(() -> db.execute("INSERT INTO packages (name, author_name, created, stars) VALUES"
          + " ('negative', 'A', TIMESTAMP '2024-01-02 03:04:05', -1)"))
          .as("the database enforces @Min(0)").isInstanceOf(SQLException.class);
      if (kind == DatabaseKind.POSTGRESQL) {
        // made by hand, and beyond the model: named, and kept
        db.execute("CREATE INDEX ix_packages_lower_name ON packages (lower(name))");
      }
      CliRunner.Result again = cli.run(args(database, "autogen", "--entities", "dev.retort.sample",
          "--classpath", v2.toString(), "-m", "nothing"));
      String noChanges = (kind == DatabaseKind.POSTGRESQL
          ? "warning: Left alone: index ix_packages_lower_name on packages, an index on an expression, which"
              + " Retort neither compares nor drops.\n" : "")
          + "No changes: the database matches the entities in dev.retort.sample. Nothing was written.\n";
      assertThat(again.out()).as(again.toString()).isEqualTo(noChanges);

      assertThat(cli.run(args(database, "downgrade", "-1")).exitCode()).isZero();
      // the change taken back: its migration deleted, the entities as before
      try (var files = Files.list(project.resolve("migrations"))) {
        for (Path file : files.filter(f -> f.toString().endsWith("_StarsAndConda.java")).toList()) {
          Files.delete(file);
        }
      }
      CliRunner.Result back = cli.run(args(database, "autogen", "--entities", "dev.retort.sample",
          "--classpath", v1.toString(), "-m", "nothing"));
      assertThat(back.out()).as(back.toString()).isEqualTo(noChanges);
    }
  }
}
