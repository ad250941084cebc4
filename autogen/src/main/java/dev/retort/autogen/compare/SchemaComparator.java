package dev.retort.autogen.compare;

import dev.retort.engine.dialect.ForeignKeyIndexes;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.op.AddForeignKey;
import dev.retort.engine.op.CreateSchema;
import dev.retort.engine.op.CreateTable;
import dev.retort.engine.op.DropSchema;
import dev.retort.engine.op.DropForeignKey;
import dev.retort.engine.op.DropTable;
import dev.retort.engine.op.SetTableComment;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Compares the schema the entities want ({@code target}) with the one the database has ({@code current}),
 * both already normalised by the same dialect, and returns the operations from current to target.
 *
 * <p>Order of the upgrade ({@link Phase}): confirmed renames first (so everything after sees the new
 * names); foreign keys that go or change are dropped; then unique
 * constraints, indexes and primary keys that go; then tables, referencing tables first; sequences are
 * created and altered; tables are created,
 * referenced tables first (keys of a cycle are added after all tables exist); columns are added, then
 * altered; primary keys, unique constraints and indexes are added, then foreign keys; columns are dropped,
 * and last the sequences that go ({@link SequenceComparator}). Within a phase, tables and sequences come by
 * name and elements in table order. The downgrade is the reverses in
 * reverse order, which is valid for the same reasons read backwards.
 */
public final class SchemaComparator {
  private final ForeignKeyIndexes keyIndexes;

  /** Orders changes for every database: keys go around the indexes that serve them, as InnoDB needs. */
  public SchemaComparator() {
    this(ForeignKeyIndexes.REQUIRED);
  }

  /** Orders changes for {@code dialect}: keys go around their indexes only where the database needs it. */
  public SchemaComparator(SqlDialect dialect) {
    this(dialect.foreignKeyIndexes());
  }

  private SchemaComparator(ForeignKeyIndexes keyIndexes) {
    this.keyIndexes = keyIndexes;
  }

  public SchemaDiff compare(SchemaModel target, SchemaModel current) {
    return compare(target, current, Renames.NONE);
  }

  /** As {@link #compare(SchemaModel, SchemaModel)}, turning the confirmed renames into rename operations. */
  public SchemaDiff compare(SchemaModel target, SchemaModel current, Renames renames) {
    return compare(target, current, renames, CheckMeaning.AS_WRITTEN);
  }

  /** As above, comparing CHECK constraints by what {@code checks} says the target's mean on the database. */
  public SchemaDiff compare(SchemaModel target, SchemaModel current, Renames renames, CheckMeaning checks) {
    Plan plan = new Plan();
    SchemaModel renamed = RenameComparator.apply(renames, target, current, plan);
    Map<String, TableDef> wanted = byName(target);
    Map<String, TableDef> had = byName(renamed);
    dropTables(had.values().stream().filter(t -> !wanted.containsKey(t.name())).toList(), plan);
    createTables(wanted.values().stream().filter(t -> !had.containsKey(t.name())).toList(), plan);
    compareSchemas(target, renamed, plan);
    SequenceComparator.compare(target, renamed, plan);
    for (TableDef table : wanted.values()) {
      TableDef existing = had.get(table.name());
      if (existing != null) {
        ColumnComparator.compare(table, existing, plan);
        ConstraintComparator.compare(table, existing, checks, keyIndexes != ForeignKeyIndexes.NONE, plan);
        if (!Objects.equals(table.comment(), existing.comment())) {
          plan.add(Phase.ALTER_COLUMNS, new SetTableComment(table.name(), existing.comment(), table.comment()));
        }
      }
    }
    KeysAroundChanges.around(wanted, had, keyIndexes, plan);
    return plan.toDiff(RenameComparator.candidates(target, renamed));
  }

  /** Named schemas are created before anything goes in them and dropped after everything left. */
  private static void compareSchemas(SchemaModel target, SchemaModel current, Plan plan) {
    target.schemas().stream().filter(s -> !current.schemas().contains(s))
        .forEach(s -> plan.add(Phase.CREATE_SCHEMAS, new CreateSchema(s)));
    current.schemas().stream().filter(s -> !target.schemas().contains(s))
        .forEach(s -> plan.add(Phase.DROP_SCHEMAS, new DropSchema(s)));
  }

  private static void createTables(List<TableDef> created, Plan plan) {
    DependencyOrder.Result order = DependencyOrder.of(created);
    order.tables().forEach(t -> plan.add(Phase.CREATE_TABLES, new CreateTable(t)));
    order.deferred().forEach((table, keys) ->
        keys.forEach(fk -> plan.add(Phase.ADD_FOREIGN_KEYS, new AddForeignKey(table, fk))));
  }

  private static void dropTables(List<TableDef> dropped, Plan plan) {
    DependencyOrder.Result order = DependencyOrder.of(dropped);
    order.deferred().forEach((table, keys) ->
        keys.forEach(fk -> plan.add(Phase.DROP_FOREIGN_KEYS, new DropForeignKey(table, fk))));
    List<TableDef> reversed = new ArrayList<>(order.tables());
    java.util.Collections.reverse(reversed);
    reversed.forEach(t -> plan.add(Phase.DROP_TABLES, new DropTable(t)));
  }

  /** Tables by name, with primary key columns marked NOT NULL as every database makes them. */
  private static Map<String, TableDef> byName(SchemaModel schema) {
    Map<String, TableDef> tables = new TreeMap<>();
    for (TableDef table : schema.tables()) {
      tables.put(table.name(), withKeyColumnsNotNull(table));
    }
    return tables;
  }

  private static TableDef withKeyColumnsNotNull(TableDef table) {
    if (table.primaryKey() == null) {
      return table;
    }
    List<ColumnDef> columns = table.columns().stream()
        .map(c -> table.primaryKey().columns().contains(c.name()) && c.isNullable() ? c.notNull() : c)
        .toList();
    return table.withColumns(columns);
  }
}
