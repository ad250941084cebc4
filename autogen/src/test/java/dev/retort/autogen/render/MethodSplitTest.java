package dev.retort.autogen.render;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.foreignKey;
import static dev.retort.engine.migration.Dsl.index;
import static dev.retort.engine.migration.Dsl.integer;
import static dev.retort.engine.migration.Dsl.primaryKey;
import static dev.retort.engine.migration.Dsl.sequence;
import static dev.retort.engine.migration.Dsl.unique;
import static dev.retort.engine.migration.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.migration.Migration;
import dev.retort.engine.migration.Ops;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.revision.RevisionInfo;
import dev.retort.engine.runtime.LoadedMigration;
import dev.retort.engine.testing.Golden;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bodies over the size limit are cut into methods, and into nested classes past the constant limit; both limits
 * are set low here so that a migration of a few tables crosses them. Whatever the cut, the class records the
 * same operations, so its checksum is the one of the uncut class.
 */
class MethodSplitTest {
  /** Cuts this fixture's bodies into a few methods each. */
  private static final int METHOD_SIZE = 400;
  /** Puts those methods into two nested classes per direction. */
  private static final int CLASS_CONSTANTS = 1_075;

  @TempDir
  Path dir;

  /** New tables, one key of a cycle added after them, columns widened: a small initial-plus-change migration. */
  static MigrationSpec orders(String className) {
    List<SchemaOp> upgrade = new Ops()
        .createSequence(sequence("orders_seq").incrementBy(50))
        .createTable("customers",
            column("id", bigint()).identity(),
            column("name", varchar(100)).notNull(),
            column("best_order_id", bigint()),
            primaryKey("id"),
            unique("uk_customers_name", "name"))
        .createTable("orders",
            column("id", bigint()).notNull(),
            column("customer_id", bigint()).notNull(),
            primaryKey("id"),
            foreignKey("fk_orders_customer", "customer_id", "customers", "id"),
            index("ix_orders_customer", "customer_id"))
        .createTable("order_lines",
            column("order_id", bigint()).notNull(),
            column("line", integer()).notNull(),
            column("sku", varchar(40)).notNull(),
            primaryKey("order_id", "line"),
            foreignKey("fk_order_lines_order", "order_id", "orders", "id"))
        .createTable("skus",
            column("code", varchar(40)).notNull(),
            column("title", varchar(200)),
            primaryKey("code"))
        .alterColumn("packages", column("name", varchar(100)).notNull(), column("name", varchar(200)).notNull())
        .alterColumn("packages", column("summary", varchar(200)), column("summary", varchar(2000)))
        .addForeignKey("customers", foreignKey("fk_customers_best_order", "best_order_id", "orders", "id"))
        .recorded();
    List<SchemaOp> downgrade = new ArrayList<>();
    upgrade.forEach(op -> downgrade.add(op.reverse()));
    Collections.reverse(downgrade);
    return new MigrationSpec("migrations", className, "5e6f7a8b9c0d", List.of("a1b2c3d4e5f6"), "orders",
        upgrade, downgrade);
  }

  @Test
  void aLongBodyIsCutIntoMethodsNamedForWhatTheyDo() {
    String source = new MigrationRenderer(METHOD_SIZE, ClassSplit.DEFAULT_CONSTANTS)
        .render(orders("M20261124_101500_Orders"));
    Golden.assertMatches("render/SplitIntoMethods.java", source);
    assertThat(new MigrationRenderer(METHOD_SIZE, ClassSplit.DEFAULT_CONSTANTS).render(orders("M20261124_101500_Orders")))
        .isEqualTo(source);
  }

  @Test
  void methodsGoIntoNestedClassesWhenOneClassCannotHoldTheirConstants() {
    Golden.assertMatches("render/SplitIntoClasses.java",
        new MigrationRenderer(METHOD_SIZE, CLASS_CONSTANTS).render(orders("M20261124_101500_Orders")));
  }

  @Test
  void underTheLimitNothingIsCut() {
    MigrationSpec spec = orders("M20261124_101500_Orders");
    String whole = new MigrationRenderer().render(spec);
    assertThat(whole).doesNotContain("private static");
    assertThat(new MigrationRenderer(1_000_000, 1_000_000).render(spec)).isEqualTo(whole);
  }

  @Test
  void everyCutRecordsTheSameOperationsAndSoHasTheSameChecksum() throws Exception {
    MigrationSpec spec = orders("M20261124_101500_Orders");
    String expected = checksum(spec, new Migration() {
      @Override
      public void upgrade(Ops op) {
        spec.upgrade().forEach(op::add);
      }

      @Override
      public void downgrade(Ops op) {
        spec.downgrade().forEach(op::add);
      }
    });
    List<MigrationRenderer> renderers = List.of(new MigrationRenderer(),
        new MigrationRenderer(METHOD_SIZE, ClassSplit.DEFAULT_CONSTANTS),
        new MigrationRenderer(METHOD_SIZE, CLASS_CONSTANTS),
        new MigrationRenderer(1, 1));
    for (int i = 0; i < renderers.size(); i++) {
      Class<?> type = SourceCompiler.compile(dir.resolve("cut" + i), "migrations." + spec.className(),
          renderers.get(i).render(spec));
      Migration migration = (Migration) type.getConstructor().newInstance();
      Ops up = new Ops();
      migration.upgrade(up);
      Ops down = new Ops();
      migration.downgrade(down);
      assertThat(up.recorded()).as("renderer %d", i).isEqualTo(spec.upgrade());
      assertThat(down.recorded()).as("renderer %d", i).isEqualTo(spec.downgrade());
      assertThat(checksum(spec, migration)).as("renderer %d", i).isEqualTo(expected);
    }
  }

  private static String checksum(MigrationSpec spec, Migration migration) {
    return new LoadedMigration(new RevisionInfo(spec.revisionId(), spec.parents(), spec.message(),
        spec.className()), migration).checksum();
  }
}
