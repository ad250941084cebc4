package dev.retort.engine.risk;

import java.util.Locale;

/** How much care an operation needs, in increasing order. */
public enum RiskLevel {
  /** Runs quickly on any table and breaks nothing. */
  SAFE,
  /** Can fail on existing rows, hold a lock while it scans or rewrites a table, or break the running version. */
  CAUTION,
  /** Can lose data. */
  DANGER;

  /** {@code safe}, {@code caution}, {@code danger}: as reports and options spell it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The level for {@code safe}, {@code caution} or {@code danger}; null for anything else. */
  public static RiskLevel forLabel(String label) {
    for (RiskLevel level : values()) {
      if (level.label().equals(label)) {
        return level;
      }
    }
    return null;
  }
}
