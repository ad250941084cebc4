package dev.retort.autogen.introspect;

import dev.retort.autogen.compare.Conjunction;
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
 * @param defaults table name to column name to the stored spellings of its default
 * @param warnings expressions the database refused, with its reason
 * @param byName whether the database could not be asked at all, so that checks are matched by name
 */
public record ExpressionSpellings(Map<String, Map<String, List<String>>> checks,
    Map<String, Map<String, List<String>>> computed, Map<String, Map<String, List<String>>> defaults,
    List<String> warnings, boolean byName) {
  public static final ExpressionSpellings NONE = new ExpressionSpellings(Map.of(), Map.of(), Map.of(), List.of());

  public ExpressionSpellings {
    checks = Map.copyOf(checks);
    computed = Map.copyOf(computed);
    defaults = Map.copyOf(defaults);
    warnings = List.copyOf(warnings);
  }

  public ExpressionSpellings(Map<String, Map<String, List<String>>> checks,
      Map<String, Map<String, List<String>>> computed, Map<String, Map<String, List<String>>> defaults,
      List<String> warnings) {
    this(checks, computed, defaults, warnings, false);
  }

  /**
   * Where the database cannot be asked (a read-only connection cannot create the probe's tables): checks
   * match by name and computed columns by being computed, with {@code warning} saying so.
   */
  public static ExpressionSpellings byName(String warning) {
    return new ExpressionSpellings(Map.of(), Map.of(), Map.of(), List.of(warning), true);
  }

  /** Whether {@code stored}, as the catalog reports it, is what {@code wanted} on {@code table} becomes. */
  public boolean means(String table, CheckDef wanted, CheckDef stored) {
    if (byName) {
      return stored.name().equals(wanted.name()) || stored.expression().equals(wanted.expression());
    }
    List<String> spellings = checks.getOrDefault(table, Map.of()).getOrDefault(wanted.name(), List.of());
    return stored.expression().equals(wanted.expression()) || spellings.contains(stored.expression())
        || spellings.stream().anyMatch(spelled -> Conjunction.sameParts(spelled, stored.expression()));
  }

  /**
   * Whether column {@code stored}, as the catalog reports it, is computed from what {@code wanted} on
   * {@code table} is computed from.
   */
  public boolean computesAlike(String table, ColumnDef wanted, ColumnDef stored) {
    if (wanted.generatedAs() == null || stored.generatedAs() == null) {
      return wanted.generatedAs() == null && stored.generatedAs() == null;
    }
    return byName || stored.generatedAs().equals(wanted.generatedAs())
        || computed.getOrDefault(table, Map.of()).getOrDefault(wanted.name(), List.of())
            .contains(stored.generatedAs());
  }

  /** Whether default {@code stored}, as the catalog reports it, is what {@code wanted}'s default becomes. */
  public boolean defaultsAlike(String table, ColumnDef wanted, ColumnDef stored) {
    if (wanted.defaultValue() == null || stored.defaultValue() == null) {
      return wanted.defaultValue() == null && stored.defaultValue() == null;
    }
    return stored.defaultValue().equals(wanted.defaultValue())
        || defaults.getOrDefault(table, Map.of()).getOrDefault(wanted.name(), List.of())
            .contains(stored.defaultValue());
  }
}
