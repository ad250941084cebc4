package dev.retort.cli;

import static dev.retort.cli.ScenarioSupport.args;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A schema no entity names is left alone, unless the user says autogenerate manages it: then what it holds
 * goes, and the schema after it (and the downgrade brings both back).
 */
class ManagedSchemaTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @EnumSource(value = DatabaseKind.class, names = {"H2", "POSTGRESQL"})
  void aManagedSchemaWithoutEntitiesIsEmptiedAndDropped(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Path classes = SampleEntities.compile(dir.resolve("classes"));
      CliRunner cli = new CliRunner(Files.createDirectories(dir.resolve("project")));
      String[] database = {"--url", db.url(), "--user", db.user(), "--password", db.password()};
      assertThat(cli.run(args(database, "autogen", "--entities", "dev.retort.sample", "--classpath",
          classes.toString(), "-m", "package index")).exitCode()).isZero();
      assertThat(cli.run(args(database, "upgrade", "head")).exitCode()).isZero();
      db.execute("CREATE SCHEMA legacy", "CREATE TABLE legacy.old_invoices (id bigint PRIMARY KEY)");

      CliRunner.Result unmanaged = cli.run(args(database, "autogen", "--entities", "dev.retort.sample",
          "--classpath", classes.toString(), "-m", "nothing"));
      assertThat(unmanaged.out()).as(unmanaged.toString()).isEqualTo("No changes: the database matches the"
          + " entities in dev.retort.sample. Nothing was written.\n");

      CliRunner.Result managed = cli.run(args(database, "autogen", "--entities", "dev.retort.sample",
          "--classpath", classes.toString(), "--schema", "legacy", "-m", "retire legacy"));
      assertThat(managed.exitCode()).as(managed.toString()).isZero();
      assertThat(managed.out().replaceFirst("M\\d{8}_\\d{6}_", "M_").replaceFirst("revision \\w{12}", "revision R"))
          .isEqualTo("Wrote migrations/M_RetireLegacy.java (revision R)\n"
              + "  - drop table legacy.old_invoices   (danger: data loss, running application)\n"
              + "  - drop schema legacy\n");
      assertThat(cli.run(args(database, "upgrade", "head")).exitCode()).isZero();
      assertThat(cli.run(args(database, "autogen", "--entities", "dev.retort.sample", "--classpath",
          classes.toString(), "--schema", "legacy", "-m", "nothing")).out()).startsWith("No changes");

      assertThat(cli.run(args(database, "downgrade", "-1")).exitCode()).isZero();
      assertThat(ScenarioSupport.rows(db, "SELECT count(*) FROM legacy.old_invoices")).containsExactly("0");
    }
  }
}
