package dev.retort.autogen.introspect;

import dev.retort.engine.schema.CheckDef;
import dev.retort.engine.schema.ColumnDef;
import java.util.List;
import java.util.Map;

/**
 * SQL expressions of the entity schema (CHECK constraints, computed columns) as the database spells them once
 * stored, for comparing with those it has: {@code qty>=1 and qty<=10} is {@code ((qty >= 1) AND (qty <= 10))}
 * to PostgreSQL and {@code `qty` >= 1 and `qty` <= 10} to MariaDB. An expression may have two stored
 * spellings: the one its own text gives and the one that text, stored again, gives (see {@link
 * ExpressionProbe}).
 *
 * @param checks table name to check name to the stored spellings
 * @param computed table name to column name to the stored spellings of what it is computed from
 * @param warnings expressions the database refused, with its reason
 */
public record ExpressionSpellings(Map<String, Map<String, List<String>>> checks,
    Map<String, Map<String, List<String>>> computed, List<String> warnings) {
  public static final ExpressionSpellings NONE = new ExpressionSpellings(Map.of(), Map.of(), List.of());

  public ExpressionSpellings {
    checks = Map.copyOf(checks);
    computed = Map.copyOf(computed);
    warnings = List.copyOf(warnings);
  }

  /** Whether {@code stored}, as the catalog reports it, is what {@code wanted} on {@code table} becomes. */
  public boolean means(String table, CheckDef wanted, CheckDef stored) {
    return stored.expression().equals(wanted.expression())
        || checks.getOrDefault(table, Map.of()).getOrDefault(wanted.name(), List.of())
            .contains(stored.expression());
  }

  /**
   * Whether column {@code stored}, as the catalog reports it, is computed from what {@code wanted} on
   * {@code table} is computed from.
   */
  public boolean computesAlike(String table, ColumnDef wanted, ColumnDef stored) {
    if (wanted.generatedAs() == null || stored.generatedAs() == null) {
      return wanted.generatedAs() == null && stored.generatedAs() == null;
    }
    return stored.generatedAs().equals(wanted.generatedAs())
        || computed.getOrDefault(table, Map.of()).getOrDefault(wanted.name(), List.of())
            .contains(stored.generatedAs());
  }
}
