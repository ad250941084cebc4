package dev.retort.engine.op;

import dev.retort.engine.schema.SchemaModel;
import java.util.Objects;

/** Creates a named schema for tables and sequences to live in ({@code billing} for {@code billing.invoices}). */
public record CreateSchema(String name) implements SchemaOp {
  public CreateSchema {
    Objects.requireNonNull(name, "name == null");
  }

  @Override
  public SchemaOp reverse() {
    return new DropSchema(name);
  }

  @Override
  public SchemaModel applyTo(SchemaModel schema) {
    return schema.withSchema(name);
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String describe() {
    return "create schema " + name;
  }
}
