package dev.retort.engine.op;

import dev.retort.engine.schema.SchemaModel;
import java.util.Objects;

/**
 * An operation that must not run inside a transaction, such as PostgreSQL's
 * {@code CREATE INDEX CONCURRENTLY}. On a database with transactional DDL the migration's transaction is
 * committed before it, the operation runs on its own, and a new transaction carries the rest.
 *
 * @param operation the operation
 */
public record OutsideTransaction(SchemaOp operation) implements SchemaOp {
  public OutsideTransaction {
    Objects.requireNonNull(operation, "operation == null");
    if (operation instanceof OutsideTransaction) {
      throw new IllegalArgumentException("already outside the transaction: " + operation.describe());
    }
  }

  @Override
  public SchemaOp reverse() {
    return new OutsideTransaction(operation.reverse());
  }

  @Override
  public SchemaModel applyTo(SchemaModel schema) {
    return operation.applyTo(schema);
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String describe() {
    return operation.describe() + " (outside the transaction)";
  }
}
