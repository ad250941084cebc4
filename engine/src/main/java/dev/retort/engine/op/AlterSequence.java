package dev.retort.engine.op;

import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.SequenceDef;
import java.util.Objects;

/**
 * Changes a sequence's increment or start. Carries both definitions so it reverses exactly.
 *
 * <p>A new increment applies from the next value on. A new start is written as {@code START WITH}: it is
 * the value the catalog reports and the one {@code RESTART} goes back to, but the next value of a sequence
 * already in use does not move. Moving it ({@code RESTART WITH}) could hand out ids that rows already hold,
 * or skip a range, so it is never generated; where that is wanted, write it with {@code op.execute(...)}.
 */
public record AlterSequence(SequenceDef from, SequenceDef to) implements SchemaOp {
  public AlterSequence {
    Objects.requireNonNull(from, "from == null");
    Objects.requireNonNull(to, "to == null");
    if (!from.name().equals(to.name())) {
      throw new IllegalArgumentException("alterSequence cannot rename " + from.name() + " to " + to.name());
    }
    if (from.equals(to)) {
      throw new IllegalArgumentException("alterSequence on " + from.name() + " changes nothing");
    }
  }

  public String sequenceName() {
    return to.name();
  }

  public boolean startChanged() {
    return from.start() != to.start();
  }

  public boolean incrementChanged() {
    return from.increment() != to.increment();
  }

  @Override
  public SchemaOp reverse() {
    return new AlterSequence(to, from);
  }

  @Override
  public SchemaModel applyTo(SchemaModel schema) {
    SequenceDef existing = schema.requireSequence(from.name());
    if (!existing.equals(from)) {
      throw new IllegalStateException("sequence " + from.name() + " is " + existing + ", not " + from);
    }
    return schema.replaceSequence(from.name(), to);
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String describe() {
    StringBuilder what = new StringBuilder("alter sequence " + from.name());
    if (startChanged()) {
      what.append(" start ").append(from.start()).append(" -> ").append(to.start());
    }
    if (incrementChanged()) {
      what.append(" increment ").append(from.increment()).append(" -> ").append(to.increment());
    }
    return what.toString();
  }
}
