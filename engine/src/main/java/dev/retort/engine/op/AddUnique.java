package dev.retort.engine.op;

import dev.retort.engine.schema.IndexDef;
import dev.retort.engine.schema.UniqueDef;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import java.util.Objects;

/**
 * Adds a unique constraint.
 *
 * @param usingIndex the unique index, built before (concurrently, on PostgreSQL), that becomes the
 *     constraint's ({@code ADD CONSTRAINT ... UNIQUE USING INDEX}); null to build one under the lock. Where a
 *     database has no such clause the index is dropped and the constraint built as usual.
 */
public record AddUnique(String table, UniqueDef unique, String usingIndex) implements SchemaOp {
  public AddUnique {
    Objects.requireNonNull(table, "table == null");
    Objects.requireNonNull(unique, "unique == null");
  }

  public AddUnique(String table, UniqueDef unique) {
    this(table, unique, null);
  }

  @Override
  public SchemaOp reverse() {
    return new DropUnique(table, unique);
  }

  @Override
  public SchemaModel applyTo(SchemaModel schema) {
    TableDef current = schema.requireTable(table);
    if (usingIndex != null) {
      current = current.withIndexes(Elements.remove(current.indexes(),
          new IndexDef(usingIndex, unique.columns(), true), IndexDef::name, "index on " + table));
    }
    return schema.replaceTable(table, current.withUniques(
        Elements.add(current.uniques(), unique, UniqueDef::name, "unique constraint on " + table)));
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String describe() {
    return "add unique constraint " + unique.name() + " on " + table
        + (usingIndex == null ? "" : " using index " + usingIndex);
  }
}
