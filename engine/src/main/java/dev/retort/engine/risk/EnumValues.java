package dev.retort.engine.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The values of an {@code enum('A','B')} type as H2 and MariaDB spell it, and of the {@code kind in ('A','B')}
 * check Hibernate writes for an enum elsewhere, for telling a widening (values only added) from a change that
 * can lose data.
 */
final class EnumValues {
  private EnumValues() {}

  /** The quoted values in order, or null when {@code type} is not an enum type. */
  static List<String> values(String type) {
    String text = type.strip();
    if (!text.toLowerCase(Locale.ROOT).startsWith("enum(") || !text.endsWith(")")) {
      return null;
    }
    return literals(text.substring("enum(".length(), text.length() - 1));
  }

  /**
   * For a check {@code column in ('A','B')}, the column (as written) and then its values; null for any other
   * condition.
   */
  static List<String> checkedValues(String expression) {
    String text = expression.strip();
    while (text.startsWith("(") && text.endsWith(")") && balanced(text.substring(1, text.length() - 1))) {
      text = text.substring(1, text.length() - 1).strip();
    }
    int in = text.toLowerCase(Locale.ROOT).indexOf(" in (");
    if (in <= 0 || !text.endsWith(")")) {
      return null;
    }
    String column = text.substring(0, in).strip();
    if (!column.matches("[\\w\"`]+")) {
      return null;
    }
    List<String> values = literals(text.substring(in + " in (".length(), text.length() - 1));
    if (values == null) {
      return null;
    }
    List<String> result = new ArrayList<>();
    result.add(column.replace("\"", "").replace("`", "").toLowerCase(Locale.ROOT));
    result.addAll(values);
    return result;
  }

  private static boolean balanced(String text) {
    int depth = 0;
    for (char c : text.toCharArray()) {
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  /** {@code 'A', 'B'} as its values; null when anything else stands between them. */
  private static List<String> literals(String list) {
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
      } else if (c != ',' && !Character.isWhitespace(c)) {
        return null;
      }
      i++;
    }
    return values;
  }
}
