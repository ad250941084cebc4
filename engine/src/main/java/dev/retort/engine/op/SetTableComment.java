package dev.retort.engine.op;

import dev.retort.engine.schema.SchemaModel;
import java.util.Objects;

/**
 * Changes a table's comment; carries the old one so it reverses exactly.
 *
 * @param table the table
 * @param from the comment before, or null
 * @param to the comment after, or null to remove it
 */
public record SetTableComment(String table, String from, String to) implements SchemaOp {
  public SetTableComment {
    Objects.requireNonNull(table, "table == null");
    if (Objects.equals(from, to)) {
      throw new IllegalArgumentException("setTableComment on " + table + " changes nothing");
    }
  }

  @Override
  public SchemaOp reverse() {
    return new SetTableComment(table, to, from);
  }

  @Override
  public SchemaModel applyTo(SchemaModel schema) {
    return schema.replaceTable(table, schema.requireTable(table).withComment(to));
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String describe() {
    return "comment on table " + table;
  }
}
