package dev.retort.engine.op;

import dev.retort.engine.schema.SchemaModel;
import java.util.Objects;

/**
 * Drops an empty named schema. The database refuses while anything is left in it ({@code RESTRICT}), so it
 * never takes data with it.
 */
public record DropSchema(String name) implements SchemaOp {
  public DropSchema {
    Objects.requireNonNull(name, "name == null");
  }

  @Override
  public SchemaOp reverse() {
    return new CreateSchema(name);
  }

  @Override
  public SchemaModel applyTo(SchemaModel schema) {
    return schema.withoutSchema(name);
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String describe() {
    return "drop schema " + name;
  }
}
