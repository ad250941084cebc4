package dev.retort.engine.op;

import dev.retort.engine.schema.ForeignKeyDef;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import java.util.Objects;

/** Drops a foreign key; carries its definition for the reverse. */
public record DropForeignKey(String table, ForeignKeyDef foreignKey) implements SchemaOp {
  public DropForeignKey {
    Objects.requireNonNull(table, "table == null");
    Objects.requireNonNull(foreignKey, "foreignKey == null");
  }

  @Override
  public SchemaOp reverse() {
    return new AddForeignKey(table, foreignKey);
  }

  @Override
  public SchemaModel applyTo(SchemaModel schema) {
    TableDef current = schema.requireTable(table);
    return schema.replaceTable(table, current.withForeignKeys(
        Elements.remove(current.foreignKeys(), foreignKey, ForeignKeyDef::name, "foreign key on " + table)));
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String describe() {
    return "drop foreign key " + foreignKey.name() + " on " + table;
  }
}
