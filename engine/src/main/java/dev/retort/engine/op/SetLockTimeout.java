package dev.retort.engine.op;

import dev.retort.engine.schema.SchemaModel;
import java.time.Duration;
import java.util.Objects;

/**
 * How long each later statement of the migration may wait for a lock before it fails, so that DDL blocked
 * by a long transaction fails fast instead of making every query on its table queue behind it. PostgreSQL
 * sets {@code lock_timeout} before each statement and resets it after (a transaction-local setting would not
 * survive the commits around statements that run outside the transaction); other databases keep their own.
 * Its reverse is itself, so the downgrade waits no longer.
 *
 * @param timeout the longest wait, at least a millisecond
 */
public record SetLockTimeout(Duration timeout) implements SchemaOp {
  public SetLockTimeout {
    Objects.requireNonNull(timeout, "timeout == null");
    if (timeout.toMillis() < 1) {
      throw new IllegalArgumentException("lock timeout of " + timeout + " is shorter than a millisecond");
    }
  }

  @Override
  public SchemaOp reverse() {
    return this;
  }

  @Override
  public SchemaModel applyTo(SchemaModel schema) {
    return schema;
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String describe() {
    return "lock timeout " + timeout.toMillis() + "ms";
  }
}
