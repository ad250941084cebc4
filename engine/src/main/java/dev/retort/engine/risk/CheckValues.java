package dev.retort.engine.risk;

import java.util.List;

/**
 * A check that allows a column a list of values ({@code kind in ('A','B')}, as Hibernate writes for an enum),
 * so that replacing it with one that allows more is known to refuse no row.
 *
 * @param table the table
 * @param column the column, lower case
 * @param values the values allowed
 */
record CheckValues(String table, String column, List<String> values) {
  CheckValues {
    values = List.copyOf(values);
  }

  /** The check's values, or null when the expression is not such a list. */
  static CheckValues of(String table, String expression) {
    List<String> parsed = EnumValues.checkedValues(expression);
    return parsed == null ? null : new CheckValues(table, parsed.get(0), parsed.subList(1, parsed.size()));
  }

  /** Whether {@code other} is on the same column and allows every value this one did. */
  boolean widenedBy(CheckValues other) {
    return table.equals(other.table) && column.equals(other.column) && other.values.containsAll(values);
  }
}
