package dev.retort.engine.dialect;

/**
 * A statement as it runs again when a killed run may or may not have run it: {@code sql} does nothing where
 * the statement already took effect, or else {@code tookEffect} is a query that returns a row once it did,
 * and the statement is skipped then.
 *
 * @param sql the statement to run
 * @param tookEffect a query returning a row when the statement already took effect, or null
 */
public record Rerun(String sql, String tookEffect) {
  public Rerun {
    java.util.Objects.requireNonNull(sql, "sql == null");
  }
}
