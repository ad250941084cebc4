package dev.retort.engine.op;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The values of an {@code enum('A','B')} type as H2 and MariaDB spell it, for telling a widening (values only
 * added) from a change that can lose data.
 */
final class EnumValues {
  private EnumValues() {}

  /** Whether both are enum types and {@code to} keeps every value of {@code from}. */
  static boolean widens(String from, String to) {
    List<String> had = values(from);
    List<String> wanted = values(to);
    return had != null && wanted != null && wanted.containsAll(had);
  }

  /** The quoted values in order, or null when {@code type} is not an enum type. */
  static List<String> values(String type) {
    String text = type.strip();
    if (!text.toLowerCase(Locale.ROOT).startsWith("enum(") || !text.endsWith(")")) {
      return null;
    }
    List<String> values = new ArrayList<>();
    String list = text.substring("enum(".length(), text.length() - 1);
    int i = 0;
    while (i < list.length()) {
      char c = list.charAt(i);
      if (c == '\'') {
        StringBuilder value = new StringBuilder();
        i++;
        while (i < list.length()) {
          if (list.charAt(i) == '\'' && i + 1 < list.length() && list.charAt(i + 1) == '\'') {
            value.append('\'');
            i += 2;
          } else if (list.charAt(i) == '\'') {
            break;
          } else {
            value.append(list.charAt(i++));
          }
        }
        values.add(value.toString());
      } else if (c != ',' && !Character.isWhitespace(c)) {
        return null;
      }
      i++;
    }
    return values;
  }
}
