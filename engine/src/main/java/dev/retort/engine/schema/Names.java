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
    List<String> copy = List.copyOf(columns);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException(what + " has no columns");
    }
    copy.forEach(c -> require(c, what + " column"));
    if (new HashSet<>(copy).size() != copy.size()) {
      throw new IllegalArgumentException(what + " repeats a column: " + copy);
    }
    return copy;
  }
}
