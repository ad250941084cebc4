package dev.retort.engine.op;

import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.SequenceDef;
import java.util.Objects;

/**
 * Drops a sequence; carries its definition so the reverse can recreate it.
 *
 * <p>Destructive: the value the sequence has reached is lost. Created again, it starts over at its start,
 * below the ids it already handed out, so inserts into a table that kept those rows fail on the key.
 */
public record DropSequence(SequenceDef sequence) implements SchemaOp {
  public DropSequence {
    Objects.requireNonNull(sequence, "sequence == null");
  }

  @Override
  public SchemaOp reverse() {
    return new CreateSequence(sequence);
  }

  @Override
  public SchemaModel applyTo(SchemaModel schema) {
    return schema.withoutSequence(sequence.name());
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String describe() {
    return "drop sequence " + sequence.name();
  }
}
