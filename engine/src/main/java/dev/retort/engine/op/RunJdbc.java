package dev.retort.engine.op;

import dev.retort.engine.schema.SchemaModel;
import java.util.Objects;

/**
 * Java code run with the migration's connection, for data work SQL alone cannot express. It runs only
 * online; an offline script shows where it would run. Its identity for checksums is its description, since
 * code has no stable text.
 *
 * @param description what it does, for people, scripts and checksums
 * @param work the code
 * @param undo code that undoes it, or null when it cannot be undone
 */
public record RunJdbc(String description, JdbcWork work, JdbcWork undo) implements SchemaOp {
  public RunJdbc {
    Objects.requireNonNull(description, "description == null");
    Objects.requireNonNull(work, "work == null");
  }

  @Override
  public SchemaOp reverse() {
    if (undo == null) {
      throw new IrreversibleOperationException("run(\"" + description + "\") has no reverse; give one as"
          + " run(description, work, reverse)");
    }
    return new RunJdbc("undo " + description, undo, work);
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
    return "run " + description;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RunJdbc that && description.equals(that.description);
  }

  @Override
  public int hashCode() {
    return description.hashCode();
  }

  @Override
  public String toString() {
    return "RunJdbc[description=" + description + "]";
  }
}
