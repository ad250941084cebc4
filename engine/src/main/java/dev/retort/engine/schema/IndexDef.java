package dev.retort.engine.schema;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An index.
 *
 * @param name index name
 * @param columns indexed columns in order
 * @param unique whether the index enforces uniqueness
 * @param descending the columns sorted in descending order ({@code @Index(columnList = "y desc")}), in
 *     column order; the others ascend
 * @param prefixLengths the columns indexed on their first characters only, with that number (MariaDB's
 *     {@code KEY (body(255))}, as a TEXT column needs), in column order
 */
public record IndexDef(String name, List<String> columns, boolean unique, List<String> descending,
    Map<String, Integer> prefixLengths) implements TableElement {
  public IndexDef {
    Names.require(name, "index name");
    columns = Names.columns(columns, "index ", name, "");
    List<String> indexed = columns;
    for (String column : descending) {
      if (!indexed.contains(column)) {
        throw new IllegalArgumentException("index " + name + " sorts unknown column " + column);
      }
    }
    descending = descending.stream().distinct().sorted(Comparator.comparingInt(indexed::indexOf)).toList();
    Map<String, Integer> prefixes = new LinkedHashMap<>();
    for (String column : indexed) {
      Integer length = prefixLengths.get(column);
      if (length != null && length <= 0) {
        throw new IllegalArgumentException("index " + name + " has a prefix of " + length + " on " + column);
      }
      if (length != null) {
        prefixes.put(column, length);
      }
    }
    if (prefixes.size() != prefixLengths.size()) {
      throw new IllegalArgumentException("index " + name + " has a prefix on a column it does not index: "
          + prefixLengths.keySet());
    }
    prefixLengths = java.util.Collections.unmodifiableMap(prefixes);
  }

  /** An index whose columns all ascend, whole. */
  public IndexDef(String name, List<String> columns, boolean unique) {
    this(name, columns, unique, List.of(), Map.of());
  }

  /** An index of whole columns. */
  public IndexDef(String name, List<String> columns, boolean unique, List<String> descending) {
    this(name, columns, unique, descending, Map.of());
  }

  /** This index with {@code sortedDown} in descending order, as in {@code index("ix", "y").descending("y")}. */
  public IndexDef descending(String... sortedDown) {
    return new IndexDef(name, columns, unique, List.of(sortedDown), prefixLengths);
  }

  /** This index on the first {@code length} characters of {@code column}: {@code .prefix("body", 255)}. */
  public IndexDef prefix(String column, int length) {
    Map<String, Integer> prefixes = new LinkedHashMap<>(prefixLengths);
    prefixes.put(column, length);
    return new IndexDef(name, columns, unique, descending, prefixes);
  }

  public IndexDef withName(String newName) {
    return new IndexDef(newName, columns, unique, descending, prefixLengths);
  }

  public boolean isDescending(String column) {
    return descending.contains(column);
  }
}
