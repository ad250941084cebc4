package dev.retort.engine.op;

import dev.retort.engine.schema.UniqueDef;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import java.util.Objects;

/** Drops a unique constraint; carries its definition for the reverse. */
public record DropUnique(String table, UniqueDef unique) implements SchemaOp {
  public DropUnique {
    Objects.requireNonNull(table, "table == null");
    Objects.requireNonNull(unique, "unique == null");
  }

  @Override
  public SchemaOp reverse() {
    return new AddUnique(table, unique);
  }

  @Override
  public SchemaModel applyTo(SchemaModel schema) {
    TableDef current = schema.requireTable(table);
    return schema.replaceTable(table, current.withUniques(
        Elements.remove(current.uniques(), unique, UniqueDef::name, "unique constraint on " + table)));
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String describe() {
    return "drop unique constraint " + unique.name() + " on " + table;
  }
}
