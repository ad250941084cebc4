package dev.retort.engine.risk;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How risky one operation is: the highest level of its reasons, safe when it has none.
 *
 * @param level the highest level among the reasons' kinds, {@link RiskLevel#SAFE} without reasons
 * @param reasons why, in a fixed order: data loss, existing rows, locks, the running application, code not judged
 * @param saferWay how to get the same change with less risk, or null when there is no better way
 */
public record Risk(RiskLevel level, List<RiskReason> reasons, String saferWay) {
  public static final Risk SAFE = new Risk(RiskLevel.SAFE, List.of(), null);

  public Risk {
    Objects.requireNonNull(level, "level == null");
    reasons = List.copyOf(reasons);
    if (level != levelOf(reasons)) {
      throw new IllegalArgumentException("level " + level + " is not that of the reasons " + reasons);
    }
    if (saferWay != null && reasons.isEmpty()) {
      throw new IllegalArgumentException("a safer way for a safe operation: " + saferWay);
    }
  }

  /** The risk of these reasons. */
  public static Risk of(List<RiskReason> reasons, String saferWay) {
    return new Risk(levelOf(reasons), reasons, saferWay);
  }

  /** The reasons of one kind, in order. */
  public List<RiskReason> reasons(RiskKind kind) {
    return reasons.stream().filter(reason -> reason.kind() == kind).toList();
  }

  /** {@code danger: data loss, running application}, or {@code safe}. */
  public String summary() {
    if (reasons.isEmpty()) {
      return level.label();
    }
    return level.label() + ": " + reasons.stream().map(reason -> reason.kind().label()).distinct()
        .collect(Collectors.joining(", "));
  }

  private static RiskLevel levelOf(List<RiskReason> reasons) {
    RiskLevel level = RiskLevel.SAFE;
    for (RiskReason reason : reasons) {
      if (reason.kind().level().compareTo(level) > 0) {
        level = reason.kind().level();
      }
    }
    return level;
  }
}
