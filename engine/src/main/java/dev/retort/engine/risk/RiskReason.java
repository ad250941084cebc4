package dev.retort.engine.risk;

import java.util.Objects;

/**
 * One reason an operation is not safe.
 *
 * @param kind the kind of harm
 * @param text one short sentence for people, naming the lock or scan where there is one
 */
public record RiskReason(RiskKind kind, String text) {
  public RiskReason {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(text, "text == null");
    if (text.isBlank()) {
      throw new IllegalArgumentException("text is blank");
    }
  }
}
