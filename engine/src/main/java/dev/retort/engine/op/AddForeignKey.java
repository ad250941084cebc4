package dev.retort.engine.op;

import dev.retort.engine.schema.ForeignKeyDef;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import java.util.Objects;

/** Adds a foreign key. */
public record AddForeignKey(String table, ForeignKeyDef foreignKey) implements SchemaOp {
  public AddForeignKey {
    Objects.requireNonNull(table, "table == null");
    Objects.requireNonNull(foreignKey, "foreignKey == null");
  }

  @Override
  public SchemaOp reverse() {
    return new DropForeignKey(table, foreignKey);
  }

  @Override
  public SchemaModel applyTo(SchemaModel schema) {
    TableDef current = schema.requireTable(table);
    return schema.replaceTable(table, current.withForeignKeys(
        Elements.add(current.foreignKeys(), foreignKey, ForeignKeyDef::name, "foreign key on " + table)));
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String describe() {
    return "add foreign key " + foreignKey.name() + " on " + table;
  }
}
