package dev.retort.autogen;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.foreignKey;
import static dev.retort.engine.migration.Dsl.index;
import static dev.retort.engine.migration.Dsl.primaryKey;
import static dev.retort.engine.migration.Dsl.unique;
import static dev.retort.engine.migration.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.migration.Ops;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.runtime.LoadedMigration;
import dev.retort.engine.runtime.MigrationSet;
import dev.retort.engine.runtime.SourceMigrations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change too large for one transaction is written as a chain of migrations: consecutive parts of the
 * operations, each the reverse of itself on the way down, so that the chain does what the one change would.
 */
class MigrationPartsTest {
  @TempDir
  Path dir;

  private static String table(int i) {
    return String.format(Locale.ROOT, "t%04d", i);
  }

  /** Tables with a key, a unique constraint, an index, an identity and a key to the one before: 16 locks each. */
  private static List<SchemaOp> tables(int count) {
    Ops ops = new Ops();
    for (int i = 0; i < count; i++) {
      String t = table(i);
      ops.createTable(t, column("id", bigint()).identity(), column("code", varchar(40)).notNull(),
          column("parent_id", bigint()), primaryKey("id"), unique("uk_" + t, "code"), index("ix_" + t, "parent_id"),
          foreignKey("fk_" + t, "parent_id", table(Math.max(0, i - 1)), "id"));
    }
    return ops.recorded();
  }

  @Test
  void aThousandTablesMakeFourPartsInOrder() {
    List<SchemaOp> upgrade = tables(1_000);
    assertThat(MigrationParts.locks(upgrade.get(0))).isEqualTo(16);
    List<List<SchemaOp>> parts = MigrationParts.of(upgrade, MigrationParts.DEFAULT_LOCKS);
    assertThat(parts).extracting(List::size).containsExactly(250, 250, 250, 250);
    assertThat(parts.stream().flatMap(List::stream).toList()).isEqualTo(upgrade);
  }

  @Test
  void aChangeThatFitsIsOnePartAndNothingIsOneEmptyPart() {
    assertThat(MigrationParts.of(tables(250), MigrationParts.DEFAULT_LOCKS)).hasSize(1);
    assertThat(MigrationParts.of(List.of(), MigrationParts.DEFAULT_LOCKS)).containsExactly(List.of());
    // an operation larger than the budget still goes somewhere: alone
    assertThat(MigrationParts.of(tables(3), 10)).extracting(List::size).containsExactly(1, 1, 1);
  }

  @Test
  void theChainFollowsTheGivenParentsAndEachPartRevertsItself() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("migrations"));
    List<SchemaOp> upgrade = tables(600);
    List<String> ids = new ArrayList<>(List.of("aaaa", "bbbb", "cccc"));
    List<GeneratedMigration> written = new MigrationWriter(folder, "app.migrations").writeChain(() -> ids.remove(0),
        List.of("base0"), "initial schema", Instant.parse("2026-11-24T10:15:00Z"), upgrade);
    assertThat(written).extracting(GeneratedMigration::className).containsExactly(
        "app.migrations.M20261124_101500_InitialSchema1Of3", "app.migrations.M20261124_101500_InitialSchema2Of3",
        "app.migrations.M20261124_101500_InitialSchema3Of3");
    assertThat(written).extracting(GeneratedMigration::revisionId).containsExactly("aaaa", "bbbb", "cccc");

    Files.writeString(folder.resolve("Base0.java"), """
        package app.migrations;

        @dev.retort.engine.migration.Revision(id = "base0")
        public final class Base0 implements dev.retort.engine.migration.Migration {
          @Override
          public void upgrade(dev.retort.engine.migration.Ops op) {}

          @Override
          public void downgrade(dev.retort.engine.migration.Ops op) {}
        }
        """);
    MigrationSet loaded = SourceMigrations.load(folder, dir, List.of());
    assertThat(loaded.graph().revisions()).extracting(r -> r.id() + " <- " + r.parents() + ": " + r.message())
        .containsExactly("base0 <- []: ", "aaaa <- [base0]: initial schema (1 of 3)",
            "bbbb <- [aaaa]: initial schema (2 of 3)", "cccc <- [bbbb]: initial schema (3 of 3)");
    List<SchemaOp> up = new ArrayList<>();
    List<SchemaOp> down = new ArrayList<>();
    for (LoadedMigration migration : loaded.all()) {
      up.addAll(migration.upgradeOps());
      down.addAll(0, migration.downgradeOps());
    }
    List<SchemaOp> reverses = new ArrayList<>();
    upgrade.forEach(op -> reverses.add(op.reverse()));
    Collections.reverse(reverses);
    assertThat(up).isEqualTo(upgrade);
    assertThat(down).isEqualTo(reverses);
  }
}
