package dev.retort.engine.schema;

import java.util.Objects;

/**
 * A table's comment, listed among its elements in the migration DSL.
 *
 * @param text the comment
 */
public record TableComment(String text) implements TableElement {
  public TableComment {
    Objects.requireNonNull(text, "text == null");
  }
}
