package dev.retort.engine.op;

import dev.retort.engine.schema.UniqueDef;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import java.util.Objects;

/** Adds a unique constraint. */
public record AddUnique(String table, UniqueDef unique) implements SchemaOp {
  public AddUnique {
    Objects.requireNonNull(table, "table == null");
    Objects.requireNonNull(unique, "unique == null");
  }

  @Override
  public SchemaOp reverse() {
    return new DropUnique(table, unique);
  }

  @Override
  public SchemaModel applyTo(SchemaModel schema) {
    TableDef current = schema.requireTable(table);
    return schema.replaceTable(table, current.withUniques(
        Elements.add(current.uniques(), unique, UniqueDef::name, "unique constraint on " + table)));
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String describe() {
    return "add unique constraint " + unique.name() + " on " + table;
  }
}
