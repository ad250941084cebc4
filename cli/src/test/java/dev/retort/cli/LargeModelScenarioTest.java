package dev.retort.cli;

import static dev.retort.cli.ScenarioSupport.args;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A model of 1,000 entities whose foreign keys form one chain, through the command line: autogenerate writes
 * the initial schema as a chain of migrations of at most 250 tables (one transaction on PostgreSQL cannot
 * lock more), they compile and upgrade an empty database, autogenerate then finds nothing, and base leaves
 * only the version table. Run with {@code -Dretort.scale.entities=3000} for the size of the largest
 * applications ({@code bench/scale} does).
 */
class LargeModelScenarioTest {
  private static final int ENTITIES = Integer.getInteger("retort.scale.entities", 1_000);
  /** Each migration holds 250 of these tables: the first has no key to a previous one and so takes less. */
  private static final int MIGRATIONS = (ENTITIES + 249) / 250;

  @TempDir
  static Path dir;

  private static Path classes;

  @BeforeAll
  static void compileModel() throws Exception {
    classes = GeneratedModel.compile(ENTITIES, dir.resolve("model"));
  }

  @ParameterizedTest
  @EnumSource(value = DatabaseKind.class, names = {"H2", "POSTGRESQL"})
  void initialSchemaUpgradeNothingLeftToGenerateAndBackToBase(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      CliRunner cli = new CliRunner(Files.createDirectories(dir.resolve("project-" + kind)));
      String[] database = {"--url", db.url(), "--user", db.user(), "--password", db.password()};

      CliRunner.Result first = cli.run(args(database, "autogen", "--entities", GeneratedModel.PACKAGE,
          "--classpath", classes.toString(), "-m", "initial schema"));
      assertThat(first.exitCode()).as(first.toString()).isZero();
      List<String> lines = first.out().lines().toList();
      int header = MIGRATIONS == 1 ? 1 : 2;
      assertThat(lines.get(0)).isEqualTo("Created migrations folder migrations.");
      if (MIGRATIONS > 1) {
        assertThat(lines.get(1)).isEqualTo("The change is too large for one transaction (PostgreSQL keeps a lock on"
            + " every table and index it creates or drops until the transaction ends), so it is written as "
            + MIGRATIONS + " migrations that follow one another.");
      }
      for (int i = 1; i <= MIGRATIONS; i++) {
        String name = MIGRATIONS == 1 ? "InitialSchema" : "InitialSchema" + i + "Of" + MIGRATIONS;
        assertThat(lines.get(header + i - 1))
            .matches("Wrote migrations/M\\d{8}_\\d{6}_" + name + "\\.java \\(revision [0-9a-f]{12}\\)");
      }
      List<String> created = new ArrayList<>();
      for (int i = 0; i < ENTITIES; i++) {
        created.add("  + create table " + GeneratedModel.table(i));
      }
      assertThat(lines.subList(header + MIGRATIONS, lines.size())).isEqualTo(created);

      CliRunner.Result upgrade = cli.run(args(database, "upgrade", "head"));
      assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
      assertThat(upgrade.out()).as(upgrade.toString()).contains("Done: " + MIGRATIONS + " migration(s);");
      assertThat(tables(db)).isEqualTo(ENTITIES + 1);

      CliRunner.Result again = cli.run(args(database, "autogen", "--entities", GeneratedModel.PACKAGE,
          "--classpath", classes.toString(), "-m", "nothing"));
      assertThat(again.out()).as(again.toString()).isEqualTo("No changes: the database matches the entities in "
          + GeneratedModel.PACKAGE + ". Nothing was written.\n");

      CliRunner.Result down = cli.run(args(database, "downgrade", "base"));
      assertThat(down.exitCode()).as(down.toString()).isZero();
      assertThat(tables(db)).as("only the version table").isEqualTo(1);
    }
  }

  private static int tables(TestDatabase db) throws Exception {
    int count = 0;
    try (Connection c = db.connect();
        ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), null, new String[] {"TABLE"})) {
      while (rs.next()) {
        count++;
      }
    }
    return count;
  }
}
