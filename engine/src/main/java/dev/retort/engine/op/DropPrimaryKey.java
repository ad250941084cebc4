package dev.retort.engine.op;

import dev.retort.engine.schema.PrimaryKeyDef;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import java.util.Objects;

/** Drops a table's primary key. */
public record DropPrimaryKey(String table, PrimaryKeyDef primaryKey) implements SchemaOp {
  public DropPrimaryKey {
    Objects.requireNonNull(table, "table == null");
    Objects.requireNonNull(primaryKey, "primaryKey == null");
  }

  @Override
  public SchemaOp reverse() {
    return new AddPrimaryKey(table, primaryKey);
  }

  @Override
  public SchemaModel applyTo(SchemaModel schema) {
    TableDef current = schema.requireTable(table);
    if (current.primaryKey() == null) {
      throw new IllegalStateException("table " + table + " has no primary key");
    }
    return schema.replaceTable(table, current.withPrimaryKey(null));
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String describe() {
    return "drop primary key " + table + primaryKey.columns();
  }
}
