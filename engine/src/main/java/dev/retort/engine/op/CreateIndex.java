package dev.retort.engine.op;

import dev.retort.engine.schema.IndexDef;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import java.util.Objects;

/**
 * Creates an index.
 *
 * @param concurrently whether PostgreSQL builds it without blocking writes ({@code CREATE INDEX
 *     CONCURRENTLY}), which must run outside the transaction; other databases build it as they always do
 */
public record CreateIndex(String table, IndexDef index, boolean concurrently) implements SchemaOp {
  public CreateIndex {
    Objects.requireNonNull(table, "table == null");
    Objects.requireNonNull(index, "index == null");
  }

  public CreateIndex(String table, IndexDef index) {
    this(table, index, false);
  }

  @Override
  public SchemaOp reverse() {
    return new DropIndex(table, index, concurrently);
  }

  @Override
  public SchemaModel applyTo(SchemaModel schema) {
    TableDef current = schema.requireTable(table);
    return schema.replaceTable(table, current.withIndexes(
        Elements.add(current.indexes(), index, IndexDef::name, "index on " + table)));
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String describe() {
    return "create index " + index.name() + " on " + table + (concurrently ? " concurrently" : "");
  }
}
