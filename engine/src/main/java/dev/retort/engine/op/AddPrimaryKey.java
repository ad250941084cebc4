package dev.retort.engine.op;

import dev.retort.engine.schema.PrimaryKeyDef;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import java.util.Objects;

/** Adds a primary key to a table that has none. */
public record AddPrimaryKey(String table, PrimaryKeyDef primaryKey) implements SchemaOp {
  public AddPrimaryKey {
    Objects.requireNonNull(table, "table == null");
    Objects.requireNonNull(primaryKey, "primaryKey == null");
  }

  @Override
  public SchemaOp reverse() {
    return new DropPrimaryKey(table, primaryKey);
  }

  @Override
  public SchemaModel applyTo(SchemaModel schema) {
    TableDef current = schema.requireTable(table);
    if (current.primaryKey() != null) {
      throw new IllegalStateException("table " + table + " already has a primary key");
    }
    return schema.replaceTable(table, current.withPrimaryKey(primaryKey));
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String describe() {
    return "add primary key " + table + primaryKey.columns();
  }
}
