package dev.retort.engine.risk;

import dev.retort.engine.schema.EnumSpelling;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The values of the {@code kind in ('A','B')} check Hibernate writes for an enum where the database has no enum
 * type, for telling a widening (values only added) from a change that can lose data; the type's own spelling is
 * {@link dev.retort.engine.schema.EnumSpelling}'s.
 */
final class EnumValues {
  private EnumValues() {}

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
    List<String> values = EnumSpelling.literals(list);
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

}
