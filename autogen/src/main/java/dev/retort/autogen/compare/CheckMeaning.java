package dev.retort.autogen.compare;

import dev.retort.engine.schema.CheckDef;

/**
 * Whether a CHECK constraint the database has is the one the entities want. Databases rewrite expressions as
 * they store them (PostgreSQL turns {@code kind in ('A','B')} into {@code ((kind)::text = ANY (...))}), so
 * only the database can say; the comparator asks through this.
 */
@FunctionalInterface
public interface CheckMeaning {
  /**
   * The same text, or the same conjunction in another order: for schemas that both come from one catalog,
   * or were built by hand.
   */
  CheckMeaning AS_WRITTEN = (table, wanted, stored) -> Conjunction.sameParts(wanted.expression(),
      stored.expression());

  /** Whether {@code stored} on {@code table}, as the catalog reports it, is {@code wanted}. */
  boolean means(String table, CheckDef wanted, CheckDef stored);
}
