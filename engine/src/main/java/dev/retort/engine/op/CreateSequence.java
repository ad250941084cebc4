package dev.retort.engine.op;

import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.SequenceDef;
import java.util.Objects;

/** Creates a sequence with its start and increment. */
public record CreateSequence(SequenceDef sequence) implements SchemaOp {
  public CreateSequence {
    Objects.requireNonNull(sequence, "sequence == null");
  }

  @Override
  public SchemaOp reverse() {
    return new DropSequence(sequence);
  }

  @Override
  public SchemaModel applyTo(SchemaModel schema) {
    return schema.withSequence(sequence);
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String describe() {
    return "create sequence " + sequence.name();
  }
}
