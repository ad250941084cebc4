package dev.retort.autogen.introspect;

import dev.retort.engine.schema.CheckDef;
import java.util.List;
import java.util.Map;

/**
 * CHECK expressions of the entity schema as the database spells them once stored, for comparing with the
 * checks it has: {@code qty>=1 and qty<=10} is {@code ((qty >= 1) AND (qty <= 10))} to PostgreSQL and
 * {@code `qty` >= 1 and `qty` <= 10} to MariaDB. An expression may have two stored spellings: the one its
 * own text gives and the one that text, stored again, gives (see {@link CheckProbe}).
 *
 * @param spelled table name to check name to the stored spellings
 * @param warnings checks the database refused, with its reason
 */
public record CheckSpellings(Map<String, Map<String, List<String>>> spelled, List<String> warnings) {
  public static final CheckSpellings NONE = new CheckSpellings(Map.of(), List.of());

  public CheckSpellings {
    spelled = Map.copyOf(spelled);
    warnings = List.copyOf(warnings);
  }

  /** Whether {@code stored}, as the catalog reports it, is what {@code wanted} on {@code table} becomes. */
  public boolean means(String table, CheckDef wanted, CheckDef stored) {
    return stored.expression().equals(wanted.expression())
        || spelled.getOrDefault(table, Map.of()).getOrDefault(wanted.name(), List.of())
            .contains(stored.expression());
  }
}
