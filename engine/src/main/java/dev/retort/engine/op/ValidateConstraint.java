package dev.retort.engine.op;

import dev.retort.engine.schema.SchemaModel;
import java.util.Objects;

/**
 * Checks the existing rows against a foreign key or CHECK constraint added {@code NOT VALID}
 * ({@code ALTER TABLE ... VALIDATE CONSTRAINT}). PostgreSQL does it under a SHARE UPDATE EXCLUSIVE lock, which
 * lets reads and writes go on; other databases checked the rows when the constraint was added, so it does
 * nothing there. The schema model does not tell valid constraints from others: it leaves the model as it is.
 * Its reverse is itself, which does nothing on a constraint already valid.
 *
 * @param table the constraint's table
 * @param name the constraint
 */
public record ValidateConstraint(String table, String name) implements SchemaOp {
  public ValidateConstraint {
    Objects.requireNonNull(table, "table == null");
    Objects.requireNonNull(name, "name == null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("constraint name is blank");
    }
  }

  @Override
  public SchemaOp reverse() {
    return this;
  }

  @Override
  public SchemaModel applyTo(SchemaModel schema) {
    schema.requireTable(table);
    return schema;
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String describe() {
    return "validate constraint " + name + " on " + table;
  }
}
