package dev.retort.autogen.compare;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.check;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.foreignKey;
import static dev.retort.engine.migration.Dsl.index;
import static dev.retort.engine.migration.Dsl.primaryKey;
import static dev.retort.engine.migration.Dsl.timestamp;
import static dev.retort.engine.migration.Dsl.unique;
import static dev.retort.engine.migration.Dsl.uniqueIndex;
import static dev.retort.engine.migration.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.op.AddColumn;
import dev.retort.engine.op.AddForeignKey;
import dev.retort.engine.op.AddUnique;
import dev.retort.engine.op.AlterColumn;
import dev.retort.engine.op.CreateIndex;
import dev.retort.engine.op.CreateTable;
import dev.retort.engine.op.DropColumn;
import dev.retort.engine.op.DropForeignKey;
import dev.retort.engine.op.DropIndex;
import dev.retort.engine.op.DropTable;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.schema.ReferentialAction;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import dev.retort.engine.schema.TableElement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaComparatorTest {
  private final SchemaComparator comparator = new SchemaComparator();

  private static TableDef table(String name, TableElement... elements) {
    return TableDef.of(name, List.of(elements));
  }

  private static SchemaModel schema(TableDef... tables) {
    return new SchemaModel(List.of(tables));
  }

  private static final TableDef LICENCES = table("licences", column("id", bigint()).identity(),
      column("name", varchar(100)).notNull(), primaryKey("id"), unique("uk_licences_name", "name"));
  private static final TableDef PACKAGES = table("packages", column("name", varchar(100)).notNull(),
      column("licence_id", bigint()), primaryKey("name"),
      foreignKey("fk_packages_licence", "licence_id", "licences", "id"), index("ix_packages_licence", "licence_id"));

  /** Applying the upgrade to current gives target (up to names), and the downgrade gives current back. */
  private SchemaDiff assertConverges(SchemaModel target, SchemaModel current) {
    SchemaDiff diff = comparator.compare(target, current);
    SchemaModel upgraded = apply(current, diff.upgrade());
    assertThat(comparator.compare(target, upgraded).upgrade()).as("upgrade reaches the target").isEmpty();
    assertThat(comparator.compare(upgraded, target).upgrade()).isEmpty();
    assertThat(apply(upgraded, diff.downgrade())).as("downgrade restores current").isEqualTo(current);
    return diff;
  }

  private static SchemaModel apply(SchemaModel schema, List<SchemaOp> ops) {
    SchemaModel result = schema;
    for (SchemaOp op : ops) {
      result = op.applyTo(result);
    }
    return result;
  }

  @Test
  void identicalSchemasAndDifferentNamesAloneGiveNothing() {
    assertThat(comparator.compare(schema(LICENCES, PACKAGES), schema(LICENCES, PACKAGES)).isEmpty()).isTrue();
    TableDef renamedConstraints = table("packages", column("name", varchar(100)).notNull(),
        column("licence_id", bigint()), primaryKey("name"),
        foreignKey("FK7x1", "licence_id", "licences", "id"), index("IDX9", "licence_id"));
    TableDef licencesWithUniqueIndex = table("licences", column("id", bigint()).identity(),
        column("name", varchar(100)).notNull(), primaryKey("id"), uniqueIndex("ux_name", "name"));
    assertThat(comparator.compare(schema(LICENCES, PACKAGES), schema(licencesWithUniqueIndex, renamedConstraints))
        .upgrade()).isEmpty();
  }

  @Test
  void primaryKeyColumnsCountAsNotNull() {
    TableDef nullableKey = table("t", column("id", bigint()), primaryKey("id"));
    TableDef notNullKey = table("t", column("id", bigint()).notNull(), primaryKey("id"));
    assertThat(comparator.compare(schema(nullableKey), schema(notNullKey)).upgrade()).isEmpty();
  }

  @Test
  void createsReferencedTablesFirstAndDropsThemLast() {
    SchemaDiff diff = assertConverges(schema(PACKAGES, LICENCES), SchemaModel.EMPTY);
    assertThat(diff.upgrade()).isEqualTo(List.of(new CreateTable(LICENCES), new CreateTable(PACKAGES)));
    assertThat(diff.downgrade()).isEqualTo(List.of(new DropTable(PACKAGES), new DropTable(LICENCES)));
    assertThat(comparator.compare(SchemaModel.EMPTY, schema(LICENCES, PACKAGES)).upgrade())
        .isEqualTo(List.of(new DropTable(PACKAGES), new DropTable(LICENCES)));
  }

  @Test
  void addsAltersAndDropsColumns() {
    TableDef before = table("packages", column("name", varchar(100)).notNull(), column("summary", varchar(100)),
        column("obsolete", varchar(10)), primaryKey("name"));
    TableDef after = table("packages", column("name", varchar(100)).notNull(),
        column("summary", varchar(255)).notNull(), column("last_updated", timestamp(6)), primaryKey("name"));
    SchemaDiff diff = assertConverges(schema(after), schema(before));
    assertThat(diff.upgrade()).isEqualTo(List.of(
        new AddColumn("packages", column("last_updated", timestamp(6))),
        new AlterColumn("packages", column("summary", varchar(100)), column("summary", varchar(255)).notNull()),
        new DropColumn("packages", column("obsolete", varchar(10)))));
    assertThat(diff.warnings()).isEmpty();
  }

  @Test
  void warnsAboutNotNullColumnsWithoutDefault() {
    TableDef before = table("t", column("id", bigint()).notNull(), primaryKey("id"));
    TableDef after = table("t", column("id", bigint()).notNull(), column("code", varchar(3)).notNull(),
        primaryKey("id"));
    assertThat(comparator.compare(schema(after), schema(before)).warnings()).containsExactly("t.code is added as"
        + " NOT NULL without a default: the upgrade fails if t has rows. Give it a default, or add it nullable,"
        + " fill it, then make it NOT NULL.");
  }

  @Test
  void replacesChangedKeysAndIndexesDroppingBeforeAdding() {
    TableDef after = table("packages", column("name", varchar(100)).notNull(), column("licence_id", bigint()),
        primaryKey("name"),
        foreignKey("fk_packages_licence", "licence_id", "licences", "id").onDelete(ReferentialAction.CASCADE),
        unique("uk_packages_licence", "licence_id"));
    SchemaDiff diff = assertConverges(schema(LICENCES, after), schema(LICENCES, PACKAGES));
    assertThat(diff.upgrade()).isEqualTo(List.of(
        new DropForeignKey("packages", PACKAGES.foreignKeys().get(0)),
        new DropIndex("packages", index("ix_packages_licence", "licence_id")),
        new AddUnique("packages", unique("uk_packages_licence", "licence_id")),
        new AddForeignKey("packages", after.foreignKeys().get(0))));
  }

  @Test
  void droppedColumnsGoAfterTheIndexesAndKeysThatUsedThem() {
    TableDef after = table("packages", column("name", varchar(100)).notNull(), primaryKey("name"));
    SchemaDiff diff = assertConverges(schema(LICENCES, after), schema(LICENCES, PACKAGES));
    assertThat(diff.upgrade()).isEqualTo(List.of(
        new DropForeignKey("packages", PACKAGES.foreignKeys().get(0)),
        new DropIndex("packages", index("ix_packages_licence", "licence_id")),
        new DropColumn("packages", column("licence_id", bigint()))));
  }

  @Test
  void foreignKeyCyclesAreAddedAfterBothTablesExist() {
    TableDef a = table("a", column("id", bigint()).notNull(), column("b_id", bigint()), primaryKey("id"),
        foreignKey("fk_a_b", "b_id", "b", "id"));
    TableDef b = table("b", column("id", bigint()).notNull(), column("a_id", bigint()), primaryKey("id"),
        foreignKey("fk_b_a", "a_id", "a", "id"));
    SchemaDiff diff = assertConverges(schema(a, b), SchemaModel.EMPTY);
    assertThat(diff.upgrade()).isEqualTo(List.of(
        new CreateTable(a.withForeignKeys(List.of())),
        new CreateTable(b),
        new AddForeignKey("a", a.foreignKeys().get(0))));
    assertThat(comparator.compare(SchemaModel.EMPTY, schema(a, b)).upgrade()).isEqualTo(List.of(
        new DropForeignKey("a", a.foreignKeys().get(0)),
        new DropTable(b),
        new DropTable(a.withForeignKeys(List.of()))));
  }

  @Test
  void selfReferencesStayInline() {
    TableDef tree = table("nodes", column("id", bigint()).notNull(), column("parent_id", bigint()),
        primaryKey("id"), foreignKey("fk_parent", "parent_id", "nodes", "id"));
    assertThat(assertConverges(schema(tree), SchemaModel.EMPTY).upgrade()).isEqualTo(List.of(new CreateTable(tree)));
  }

  @Test
  void aThousandTableChainNeedsNoRecursion() {
    List<TableDef> chain = new ArrayList<>();
    chain.add(table("t0000", column("id", bigint()).notNull(), primaryKey("id")));
    for (int i = 1; i < 1000; i++) {
      chain.add(table(String.format("t%04d", i), column("id", bigint()).notNull(), column("prev", bigint()),
          primaryKey("id"), foreignKey(String.format("fk%04d", i), "prev", String.format("t%04d", i - 1), "id")));
    }
    List<TableDef> shuffled = new ArrayList<>(chain);
    java.util.Collections.reverse(shuffled);
    SchemaDiff diff = comparator.compare(new SchemaModel(shuffled), SchemaModel.EMPTY);
    assertThat(diff.upgrade()).isEqualTo(chain.stream().map(t -> (SchemaOp) new CreateTable(t)).toList());
    SchemaDiff drop = comparator.compare(SchemaModel.EMPTY, new SchemaModel(chain));
    assertThat(drop.upgrade().get(0)).isEqualTo(new DropTable(chain.get(999)));
    assertThat(drop.upgrade().get(999)).isEqualTo(new DropTable(chain.get(0)));
  }

  @Test
  void uniqueConstraintAndUniqueIndexOnTheSameColumnsAreAddedOnce() {
    TableDef before = table("t", column("id", bigint()).notNull(), column("code", varchar(3)), primaryKey("id"));
    TableDef after = table("t", column("id", bigint()).notNull(), column("code", varchar(3)), primaryKey("id"),
        unique("uk_code", "code"), uniqueIndex("ux_code", "code"));
    assertThat(comparator.compare(schema(after), schema(before)).upgrade())
        .isEqualTo(List.of(new AddUnique("t", unique("uk_code", "code"))));
    TableDef indexed = table("t", column("id", bigint()).notNull(), column("code", varchar(3)), primaryKey("id"),
        index("ix_code", "code"));
    assertThat(comparator.compare(schema(indexed), schema(before)).upgrade())
        .isEqualTo(List.of(new CreateIndex("t", index("ix_code", "code"))));
  }

  @Test
  void checksAreMatchedByWhatTheDatabaseMakesOfThemNotByName() {
    TableDef wanted = table("items", column("id", bigint()).notNull(), column("qty", bigint()), primaryKey("id"),
        check("ck_items_qty", "qty>=1"));
    TableDef stored = table("items", column("id", bigint()).notNull(), column("qty", bigint()), primaryKey("id"),
        check("items_qty_check", "(qty >= 1)"));
    CheckMeaning database = (table, w, s) -> w.expression().equals("qty>=1")
        && s.expression().equals("(qty >= 1)");
    assertThat(comparator.compare(schema(wanted), schema(stored), Renames.NONE, database).upgrade()).isEmpty();
    assertThat(comparator.compare(schema(wanted), schema(stored)).upgrade())
        .extracting(SchemaOp::describe)
        .containsExactly("drop check constraint items_qty_check on items", "add check constraint ck_items_qty on items");
  }

  @Test
  void aChangedCheckIsDroppedBeforeColumnsChangeAndAddedAfter() {
    TableDef before = table("items", column("id", bigint()).notNull(), column("kind", varchar(10)),
        primaryKey("id"), check("ck_items_kind", "kind in ('A','B')"));
    TableDef after = table("items", column("id", bigint()).notNull(), column("kind", varchar(20)),
        column("qty", bigint()), primaryKey("id"), check("ck_items_kind", "kind in ('A','B','C')"),
        check("ck_items_qty", "qty > 0"));
    SchemaDiff diff = assertConverges(schema(after), schema(before));
    assertThat(diff.upgrade()).extracting(SchemaOp::describe).containsExactly(
        "drop check constraint ck_items_kind on items",
        "add column items.qty",
        "alter column items.kind type varchar(10) -> varchar(20)",
        "add check constraint ck_items_kind on items",
        "add check constraint ck_items_qty on items");
  }

  @Test
  void aKeyWhoseColumnChangesTypeIsDroppedAroundTheChange() {
    TableDef before = table("packages", column("name", varchar(100)).notNull(), column("licence_id", bigint()),
        primaryKey("name"), foreignKey("fk_packages_licence", "licence_id", "licences", "id"));
    TableDef licences = table("licences", column("id", bigint()).identity(), primaryKey("id"));
    TableDef licencesByCode = table("licences", column("id", varchar(20)).notNull(), primaryKey("id"));
    TableDef after = table("packages", column("name", varchar(100)).notNull(), column("licence_id", varchar(20)),
        primaryKey("name"), foreignKey("fk_packages_licence", "licence_id", "licences", "id"));
    SchemaDiff diff = assertConverges(schema(licencesByCode, after), schema(licences, before));
    assertThat(diff.upgrade()).extracting(SchemaOp::describe).containsExactly(
        "drop foreign key fk_packages_licence on packages",
        "alter column licences.id type bigint -> varchar(20) no identity",
        "alter column packages.licence_id type bigint -> varchar(20)",
        "add foreign key fk_packages_licence on packages");
    SchemaDiff untouched = comparator.compare(schema(licences, before.withColumns(List.of(
        column("name", varchar(200)).notNull(), column("licence_id", bigint())))), schema(licences, before));
    assertThat(untouched.upgrade()).extracting(SchemaOp::describe)
        .containsExactly("alter column packages.name type varchar(100) -> varchar(200)");
  }

  @Test
  void aKeyServedByAnIndexThatGoesIsDroppedAroundIt() {
    TableDef indexed = table("packages", column("name", varchar(100)).notNull(), column("licence_id", bigint()),
        primaryKey("name"), foreignKey("fk_packages_licence", "licence_id", "licences", "id"),
        index("ix_packages_licence_name", "licence_id", "name"));
    TableDef plain = indexed.withIndexes(List.of());
    SchemaDiff diff = assertConverges(schema(LICENCES, plain), schema(LICENCES, indexed));
    assertThat(diff.upgrade()).extracting(SchemaOp::describe).containsExactly(
        "drop foreign key fk_packages_licence on packages",
        "drop index ix_packages_licence_name on packages",
        "add foreign key fk_packages_licence on packages");
    TableDef otherColumn = indexed.withIndexes(List.of(index("ix_packages_name", "name")));
    assertThat(comparator.compare(schema(LICENCES, plain), schema(LICENCES, otherColumn)).upgrade())
        .extracting(SchemaOp::describe).containsExactly("drop index ix_packages_name on packages");
  }
}
