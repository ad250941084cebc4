package dev.retort.engine.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The {@code enum('A','B')} spelling of H2 and MariaDB, read and written. */
public final class EnumSpelling {
  private EnumSpelling() {}

  /** {@code enum('A','B')}, quotes in the values doubled. */
  public static String spell(List<String> values) {
    StringBuilder sql = new StringBuilder("enum(");
    for (int i = 0; i < values.size(); i++) {
      sql.append(i == 0 ? "" : ",").append('\'').append(values.get(i).replace("'", "''")).append('\'');
    }
    return sql.append(')').toString();
  }

  /** The quoted values in order, or null when {@code type} is not an enum type. */
  public static List<String> values(String type) {
    String text = type.strip();
    String lower = text.toLowerCase(Locale.ROOT);
    int open = text.indexOf('(');
    if (!lower.startsWith("enum") || open < 0 || !lower.substring(4, open).isBlank() || !text.endsWith(")")) {
      return null;
    }
    return literals(text.substring(open + 1, text.length() - 1));
  }

  /** {@code 'A', 'B'} as its values, each perhaps cast ({@code 'A'::text}); null when anything else stands between. */
  public static List<String> literals(String list) {
    List<String> values = new ArrayList<>();
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
        if (list.startsWith("::", i + 1)) {
          while (i + 1 < list.length() && list.charAt(i + 1) != ',') {
            i++;
          }
        }
      } else if (c != ',' && !Character.isWhitespace(c)) {
        return null;
      }
      i++;
    }
    return values;
  }
}
