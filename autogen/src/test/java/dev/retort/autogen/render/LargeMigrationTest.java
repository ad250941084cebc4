package dev.retort.autogen.render;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.bool;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.date;
import static dev.retort.engine.migration.Dsl.foreignKey;
import static dev.retort.engine.migration.Dsl.index;
import static dev.retort.engine.migration.Dsl.integer;
import static dev.retort.engine.migration.Dsl.numeric;
import static dev.retort.engine.migration.Dsl.primaryKey;
import static dev.retort.engine.migration.Dsl.timestamp;
import static dev.retort.engine.migration.Dsl.unique;
import static dev.retort.engine.migration.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autogen.GeneratedMigration;
import dev.retort.autogen.MigrationWriter;
import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.migration.Migration;
import dev.retort.engine.migration.Ops;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.revision.RevisionInfo;
import dev.retort.engine.runtime.ConnectionSettings;
import dev.retort.engine.runtime.Connector;
import dev.retort.engine.runtime.LoadedMigration;
import dev.retort.engine.runtime.MigrationResult;
import dev.retort.engine.runtime.MigrationSet;
import dev.retort.engine.runtime.Migrator;
import dev.retort.engine.runtime.SourceMigrations;
import dev.retort.engine.schema.TableElement;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The initial migration of 1,000 tables, each with a key to the one before (a chain as long as the model),
 * written as one migration and compiled as Retort compiles a migrations folder: its bodies are cut into
 * methods, and with twenty names of its own per table the methods need nested classes. The class records exactly
 * the operations it was written from, and it upgrades an empty database and downgrades it to base again. On
 * PostgreSQL one transaction cannot hold the locks of so many tables, which is why autogen writes such a change
 * as several migrations ({@code MigrationParts}); the command line tests run that chain there.
 */
class LargeMigrationTest {
  private static final int TABLES = 1_000;
  /** Columns named after their table, so that each table brings new constants. */
  private static final List<String> OWN_COLUMNS = List.of("title", "summary", "status", "owner", "region",
      "channel", "reference", "batch", "origin", "target", "label", "grade", "score", "stock", "created", "until");

  @TempDir
  static Path dir;

  private static List<SchemaOp> upgrade;
  private static List<SchemaOp> downgrade;
  private static String source;
  private static MigrationSet migrations;

  private static String table(int i) {
    return String.format(Locale.ROOT, "t%04d", i);
  }

  /** A large entity: id, code, sixteen columns of its own, a unique key, an index, a key to the previous table. */
  private static List<SchemaOp> chain(int tables) {
    Ops ops = new Ops();
    for (int i = 0; i < tables; i++) {
      String t = table(i);
      List<TableElement> elements = new ArrayList<>(List.of(
          column("id", bigint()).identity(),
          column("code", varchar(40)).notNull()));
      for (int c = 0; c < OWN_COLUMNS.size(); c++) {
        String name = t + "_" + OWN_COLUMNS.get(c);
        elements.add(switch (c % 6) {
          case 0 -> column(name, varchar(200));
          case 1 -> column(name, numeric(12, 2));
          case 2 -> column(name, integer());
          case 3 -> column(name, bool()).notNull();
          case 4 -> column(name, timestamp(6)).notNull();
          default -> column(name, date());
        });
      }
      elements.addAll(List.of(
          column("parent_id", bigint()),
          primaryKey("id"),
          unique("uk_" + t + "_code", "code"),
          index("ix_" + t + "_created", t + "_created")));
      if (i > 0) {
        elements.add(foreignKey("fk_" + t + "_parent", "parent_id", table(i - 1), "id"));
      }
      ops.createTable(t, elements.toArray(TableElement[]::new));
    }
    return ops.recorded();
  }

  @BeforeAll
  static void writeAndCompile() throws Exception {
    upgrade = chain(TABLES);
    List<SchemaOp> reversed = new ArrayList<>();
    upgrade.forEach(op -> reversed.add(op.reverse()));
    Collections.reverse(reversed);
    downgrade = List.copyOf(reversed);
    Path folder = Files.createDirectories(dir.resolve("project/migrations"));
    GeneratedMigration written = new MigrationWriter(folder, "app.migrations").write("1a2b3c4d5e6f", List.of(),
        "a thousand tables", Instant.parse("2026-11-24T10:15:00Z"), upgrade, downgrade);
    source = Files.readString(written.file());
    migrations = SourceMigrations.load(folder, dir.resolve("project"), List.of());
  }

  @Test
  void theCompiledClassRecordsTheOperationsItWasWrittenFromAndTheirChecksum() {
    assertThat(source).contains("    Upgrade1.createTables1(op);\n", "    Downgrade1.dropTables1(op);\n",
        "  private static final class Upgrade2 {\n");
    assertThat(migrations.all()).hasSize(1);
    LoadedMigration compiled = migrations.all().get(0);
    assertThat(compiled.upgradeOps()).isEqualTo(upgrade);
    assertThat(compiled.downgradeOps()).isEqualTo(downgrade);
    Migration recorded = new Migration() {
      @Override
      public void upgrade(Ops op) {
        upgrade.forEach(op::add);
      }

      @Override
      public void downgrade(Ops op) {
        downgrade.forEach(op::add);
      }
    };
    assertThat(compiled.checksum()).isEqualTo(new LoadedMigration(
        new RevisionInfo("1a2b3c4d5e6f", List.of(), "a thousand tables", "app.migrations.Recorded"), recorded)
        .checksum());
  }

  @ParameterizedTest
  @EnumSource(value = DatabaseKind.class, names = "H2")
  void upgradesAnEmptyDatabaseAndDowngradesToBase(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Migrator migrator = new Migrator(new Connector(new ConnectionSettings(db.url(), db.user(), db.password())),
          Dialects.forJdbcUrl(db.url()), migrations);
      MigrationResult up = migrator.upgrade("head", step -> { });
      assertThat(up.current()).containsExactly("1a2b3c4d5e6f");
      assertThat(tables(db)).isEqualTo(TABLES + 1);
      assertThat(migrator.downgrade("base", step -> { }).current()).isEmpty();
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
