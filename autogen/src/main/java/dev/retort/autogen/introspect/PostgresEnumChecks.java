package dev.retort.autogen.introspect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads back the CHECK PostgreSQL keeps for an ENUM column, as {@code pg_get_expr} prints it:
 * {@code ((kind)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))}, or
 * {@code ((kind)::text = 'A'::text)} for a single value.
 */
final class PostgresEnumChecks {
  private static final Pattern ANY = Pattern.compile(
      "\\(\\((.+)\\)::text = ANY \\(\\(ARRAY\\[(.*)]\\)::text\\[]\\)\\)");
  private static final Pattern ONE = Pattern.compile("\\(\\((.+)\\)::text = ('(?:[^']|'')*')::text\\)");
  private static final Pattern VALUE = Pattern.compile("'((?:[^']|'')*)'(?:::character varying|::text)?");

  private PostgresEnumChecks() {}

  /** The values, or null when {@code expression} is not such a check on the column PostgreSQL spells {@code quoted}. */
  static List<String> values(String quoted, String expression) {
    Matcher any = ANY.matcher(expression.strip());
    if (any.matches() && any.group(1).equals(quoted)) {
      return list(any.group(2));
    }
    Matcher one = ONE.matcher(expression.strip());
    if (one.matches() && one.group(1).equals(quoted)) {
      return list(one.group(2));
    }
    return null;
  }

  private static List<String> list(String items) {
    List<String> values = new ArrayList<>();
    Matcher value = VALUE.matcher(items);
    int end = 0;
    while (value.find()) {
      if (!items.substring(end, value.start()).matches("\\s*,?\\s*")) {
        return null;
      }
      values.add(value.group(1).replace("''", "'"));
      end = value.end();
    }
    return values.isEmpty() || !items.substring(end).isBlank() ? null : values;
  }
}
