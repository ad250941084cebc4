package dev.retort.engine.schema;

import java.util.HashSet;
import java.util.List;

/** Argument checks shared by the schema records. */
final class Names {
  private Names() {}

  static String require(String name, String what) {
    if (name == null) {
      throw new NullPointerException(what + " == null");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException(what + " is blank");
    }
    return name;
  }

  static List<String> columns(List<String> columns, String what) {
    return columns(columns, what, "", "");
  }

  /**
   * The columns of {@code kind + name + part} ({@code "index ", "ix_a", ""}): the message is only put
   * together for a bad list, since schemas of thousands of tables build these records many times over.
   */
  static List<String> columns(List<String> columns, String kind, String name, String part) {
    List<String> copy = List.copyOf(columns);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException(kind + name + part + " has no columns");
    }
    for (String column : copy) {
      if (column == null || column.isBlank()) {
        require(column, kind + name + part + " column");
      }
    }
    if (repeats(copy)) {
      throw new IllegalArgumentException(kind + name + part + " repeats a column: " + copy);
    }
    return copy;
  }

  private static boolean repeats(List<String> columns) {
    if (columns.size() > 8) {
      return new HashSet<>(columns).size() != columns.size();
    }
    for (int i = 1; i < columns.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (columns.get(i).equals(columns.get(j))) {
          return true;
        }
      }
    }
    return false;
  }
}
