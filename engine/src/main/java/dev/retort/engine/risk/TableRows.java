package dev.retort.engine.risk;

/** The estimated number of rows of a table, where the database keeps an estimate. */
@FunctionalInterface
public interface TableRows {
  /** Nothing is known about any table: what an offline review has. */
  TableRows UNKNOWN = table -> null;

  /** The estimate for a table reference ({@code packages}, {@code billing.invoices}), or null when unknown. */
  Long estimate(String table);
}
