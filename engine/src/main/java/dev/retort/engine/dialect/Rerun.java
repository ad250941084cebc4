package dev.retort.engine.dialect;

/**
 * A statement as it runs again when a killed run may or may not have run it: {@code sql} does nothing where
 * the statement already took effect, or else {@code tookEffect} is a query that returns a row once it did,
 * and the statement is skipped then.
 *
 * <p>Some statements leave something behind when they fail outside a transaction: PostgreSQL keeps the
 * INVALID index of a {@code CREATE INDEX CONCURRENTLY} that failed or was cancelled, and a plain rerun would
 * fail on its name. {@code leftover} finds it and {@code removeLeftover} removes it; both run before every
 * attempt at the statement, the first one included, because such a failure is recorded as one that did not run.
 *
 * @param sql the statement to run
 * @param tookEffect a query returning a row when the statement already took effect, or null
 * @param leftover a query returning a row when an earlier attempt left something behind, or null
 * @param removeLeftover the statement that removes it; null exactly when {@code leftover} is
 */
public record Rerun(String sql, String tookEffect, String leftover, String removeLeftover) {
  public Rerun {
    java.util.Objects.requireNonNull(sql, "sql == null");
    if ((leftover == null) != (removeLeftover == null)) {
      throw new IllegalArgumentException("leftover and removeLeftover come together: " + leftover + ", "
          + removeLeftover);
    }
  }

  public Rerun(String sql, String tookEffect) {
    this(sql, tookEffect, null, null);
  }
}
