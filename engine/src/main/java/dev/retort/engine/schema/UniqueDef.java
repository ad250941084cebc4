package dev.retort.engine.schema;

import java.util.List;

/**
 * A unique constraint.
 *
 * @param name constraint name
 * @param columns constrained columns in order
 */
public record UniqueDef(String name, List<String> columns) implements TableElement {
  public UniqueDef {
    Names.require(name, "unique constraint name");
    columns = Names.columns(columns, "unique constraint ", name, "");
  }
}
