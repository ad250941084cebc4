package dev.retort.engine.schema;

import java.util.List;

/**
 * An index.
 *
 * @param name index name
 * @param columns indexed columns in order
 * @param unique whether the index enforces uniqueness
 * @param descending the columns sorted in descending order ({@code @Index(columnList = "y desc")}), in
 *     column order; the others ascend
 */
public record IndexDef(String name, List<String> columns, boolean unique, List<String> descending)
    implements TableElement {
  public IndexDef {
    Names.require(name, "index name");
    columns = Names.columns(columns, "index " + name);
    List<String> indexed = columns;
    for (String column : descending) {
      if (!indexed.contains(column)) {
        throw new IllegalArgumentException("index " + name + " sorts unknown column " + column);
      }
    }
    descending = descending.stream().distinct().sorted(java.util.Comparator.comparingInt(indexed::indexOf))
        .toList();
  }

  /** An index whose columns all ascend. */
  public IndexDef(String name, List<String> columns, boolean unique) {
    this(name, columns, unique, List.of());
  }

  /** This index with {@code sortedDown} in descending order, as in {@code index("ix", "y").descending("y")}. */
  public IndexDef descending(String... sortedDown) {
    return new IndexDef(name, columns, unique, List.of(sortedDown));
  }

  public IndexDef withName(String newName) {
    return new IndexDef(newName, columns, unique, descending);
  }

  public boolean isDescending(String column) {
    return descending.contains(column);
  }
}
