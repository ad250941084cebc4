package dev.retort.cli;

import static dev.retort.cli.ScenarioSupport.args;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code retort drift} on every database: an untouched database matches its applied migrations (a pending one
 * and another tool's table make no difference); an index made
 * and a column widened behind Retort's back are named as the operations that would restore the migrations'
 * schema.
 */
class DriftCommandTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void changesByHandAreNamed(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Path v1 = SampleEntities.compile(dir.resolve("v1"));
      Path project = Files.createDirectories(dir.resolve("project"));
      CliRunner cli = new CliRunner(project);
      String[] database = {"--url", db.url(), "--user", db.user(), "--password", db.password()};
      assertThat(cli.run("init").exitCode()).isZero();
      CliRunner.Result autogen = cli.run(args(database, "autogen", "--entities", "dev.retort.sample",
          "--classpath", v1.toString(), "-m", "create package index", "--rev-id", "aaaaaaaaaaa1"));
      assertThat(autogen.exitCode()).as(autogen.toString()).isZero();
      assertThat(cli.run(args(database, "upgrade", "head")).exitCode()).isZero();
      // a migration not applied yet is not replayed, and another tool's table is not drift
      Path v2 = SampleEntities.compile(dir.resolve("v2"), "@Column(name = \"stars\")\n  private Integer stars;");
      assertThat(cli.run(args(database, "autogen", "--entities", "dev.retort.sample", "--classpath", v2.toString(),
          "-m", "stars", "--rev-id", "bbbbbbbbbbb2")).exitCode()).isZero();
      db.execute("CREATE TABLE flyway_schema_history (installed_rank int)");

      CliRunner.Result untouched = cli.run(args(database, "drift"));
      assertThat(untouched.exitCode()).as(untouched.toString()).isZero();
      assertThat(untouched.out()).isEqualTo("No drift: the database matches its 1 applied migration.\n");
      assertThat(untouched.errorText()).isEmpty();

      db.execute("CREATE INDEX ix_manual ON packages (author_name)", switch (kind) {
        case POSTGRESQL -> "ALTER TABLE packages ALTER COLUMN summary TYPE varchar(400)";
        case H2 -> "ALTER TABLE packages ALTER COLUMN summary SET DATA TYPE varchar(400)";
        case MARIADB -> "ALTER TABLE packages MODIFY summary varchar(400) NULL";
      });
      CliRunner.Result drift = cli.run(args(database, "drift"));
      assertThat(drift.exitCode()).as(drift.toString()).isEqualTo(1);
      assertThat(drift.out()).isEqualTo("""
          The database differs from the schema its 1 applied migration builds. What would restore it:
            drop index ix_manual on packages
            alter column packages.summary type varchar(400) -> varchar(255)
          Undo these changes by hand, or keep them: write a migration that makes them and record it with\
           `retort stamp head`.
          """);
      assertThat(drift.errorText()).isEmpty();

      // an applied migration edited since it ran is replayed as it is now, and said to be
      Path applied;
      try (Stream<Path> files = Files.list(project.resolve("migrations"))) {
        applied = files.filter(f -> f.toString().endsWith("_CreatePackageIndex.java")).findFirst().orElseThrow();
      }
      Files.writeString(applied, Files.readString(applied).replace("public void upgrade(Ops op) {",
          "public void upgrade(Ops op) {\n    op.execute(\"SELECT 1\", \"SELECT 1\");"));
      db.execute("DROP INDEX ix_manual" + (kind == DatabaseKind.MARIADB ? " ON packages" : ""), switch (kind) {
        case POSTGRESQL -> "ALTER TABLE packages ALTER COLUMN summary TYPE varchar(255)";
        case H2 -> "ALTER TABLE packages ALTER COLUMN summary SET DATA TYPE varchar(255)";
        case MARIADB -> "ALTER TABLE packages MODIFY summary varchar(255) NULL";
      });
      CliRunner.Result edited = cli.run(args(database, "drift"));
      assertThat(edited.exitCode()).as(edited.toString()).isZero();
      assertThat(edited.out().replaceAll("M\\d{8}_\\d{6}_", "M_")).isEqualTo("""
          warning: Applied migration aaaaaaaaaaa1 (M_CreatePackageIndex) changed since it ran, and is replayed as it\
           is now: a difference there may be the change, not the database.
          warning: aaaaaaaaaaa1 (M_CreatePackageIndex) holds raw SQL or JDBC code, which a replay in memory cannot\
           follow: a schema change made there is not compared.
          No drift: the database matches its 1 applied migration.
          """);
    }
  }
}
