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
   * For a check that allows a column a list of values, the column (lower case) and then its values; null for
   * any other condition. Reads Hibernate's {@code kind in ('A','B')} and PostgreSQL's spelling of it,
   * {@code ((kind)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))}.
   */
  static List<String> checkedValues(String expression) {
    String text = unwrap(expression);
    String lower = text.toLowerCase(Locale.ROOT);
    int in = lower.indexOf(" in (");
    int any = lower.indexOf(" = any (");
    String column;
    String list;
    if (in > 0 && text.endsWith(")")) {
      column = text.substring(0, in);
      list = text.substring(in + " in (".length(), text.length() - 1);
    } else if (any > 0) {
      int open = lower.indexOf("array[", any);
      int close = text.lastIndexOf(']');
      if (open < 0 || close < open) {
        return null;
      }
      column = text.substring(0, any);
      list = text.substring(open + "array[".length(), close);
    } else {
      return null;
    }
    column = unwrap(column.strip().replaceFirst("::[a-zA-Z ]+$", ""));
    if (!column.matches("[\\w\"`]+")) {
      return null;
    }
    List<String> values = literals(list);
    if (values == null) {
      return null;
    }
    List<String> result = new ArrayList<>();
    result.add(column.replace("\"", "").replace("`", "").toLowerCase(Locale.ROOT));
    result.addAll(values);
    return result;
  }

  /** The text without the parentheses around all of it. */
  private static String unwrap(String expression) {
    String text = expression.strip();
    while (text.startsWith("(") && text.endsWith(")") && balanced(text.substring(1, text.length() - 1))) {
      text = text.substring(1, text.length() - 1).strip();
    }
    return text;
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

  /** {@code 'A', 'B'} as its values, each perhaps cast ({@code 'A'::text}); null when anything else stands between. */
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
