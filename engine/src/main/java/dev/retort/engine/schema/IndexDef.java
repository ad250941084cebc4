package dev.retort.engine.schema;

import java.util.List;

/**
 * An index.
 *
 * @param name index name
 * @param columns indexed columns in order
 * @param unique whether the index enforces uniqueness
 */
public record IndexDef(String name, List<String> columns, boolean unique) implements TableElement {
  public IndexDef {
    Names.require(name, "index name");
    columns = Names.columns(columns, "index " + name);
  }
}
