package dev.retort.engine.op;

import dev.retort.engine.schema.IndexDef;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import java.util.Objects;

/**
 * Drops an index; carries its definition for the reverse.
 *
 * @param concurrently whether PostgreSQL drops it without blocking reads and writes ({@code DROP INDEX
 *     CONCURRENTLY}), which must run outside the transaction
 */
public record DropIndex(String table, IndexDef index, boolean concurrently) implements SchemaOp {
  public DropIndex {
    Objects.requireNonNull(table, "table == null");
    Objects.requireNonNull(index, "index == null");
  }

  public DropIndex(String table, IndexDef index) {
    this(table, index, false);
  }

  @Override
  public SchemaOp reverse() {
    return new CreateIndex(table, index, concurrently);
  }

  @Override
  public SchemaModel applyTo(SchemaModel schema) {
    TableDef current = schema.requireTable(table);
    return schema.replaceTable(table, current.withIndexes(
        Elements.remove(current.indexes(), index, IndexDef::name, "index on " + table)));
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String describe() {
    return "drop index " + index.name() + " on " + table + (concurrently ? " concurrently" : "");
  }
}
