package dev.retort.engine.risk;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A check that allows a column a list of values ({@code kind in ('A','B')}, as Hibernate writes for an enum
 * stored by name) or a range ({@code kind between 0 and 2}, for one stored by ordinal), so that replacing it
 * with one that allows more is known to refuse no row.
 *
 * @param table the table
 * @param column the column, lower case
 * @param values the values allowed, or null for a range
 * @param low the range's lowest value, or null for a list
 * @param high the range's highest value, or null for a list
 */
record CheckValues(String table, String column, List<String> values, Long low, Long high) {
  private static final Pattern BETWEEN = Pattern.compile("\\(?\"?(\\w+)\"?\\)? between (-?\\d+) and (-?\\d+)");
  /** PostgreSQL's spelling of a BETWEEN: {@code ((kind >= 0) AND (kind <= 2))}. */
  private static final Pattern BOUNDS =
      Pattern.compile("\\(*\"?(\\w+)\"? >= (-?\\d+)\\)? and \\(?\"?(\\w+)\"? <= (-?\\d+)\\)*");

  CheckValues {
    values = values == null ? null : List.copyOf(values);
    if ((values == null) == (low == null) || (low == null) != (high == null)) {
      throw new IllegalArgumentException("a check's values are a list or a range");
    }
  }

  /** The check's values, or null when the expression is neither such a list nor such a range. */
  static CheckValues of(String table, String expression) {
    List<String> parsed = EnumValues.checkedValues(expression);
    if (parsed != null) {
      return new CheckValues(table, parsed.get(0), parsed.subList(1, parsed.size()), null, null);
    }
    String text = expression.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    Matcher between = BETWEEN.matcher(text);
    if (between.matches()) {
      return new CheckValues(table, between.group(1), null, Long.valueOf(between.group(2)),
          Long.valueOf(between.group(3)));
    }
    Matcher bounds = BOUNDS.matcher(text);
    if (bounds.matches() && bounds.group(1).equals(bounds.group(3))) {
      return new CheckValues(table, bounds.group(1), null, Long.valueOf(bounds.group(2)),
          Long.valueOf(bounds.group(4)));
    }
    return null;
  }

  /** Whether {@code other} is on the same column and allows every value this one did. */
  boolean widenedBy(CheckValues other) {
    if (!table.equals(other.table) || !column.equals(other.column)) {
      return false;
    }
    if (values != null) {
      return other.values != null && other.values.containsAll(values);
    }
    return other.low != null && other.low <= low && other.high >= high;
  }
}
