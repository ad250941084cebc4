package dev.retort.engine.risk;

/** What kind of harm a reason names, and the level it brings an operation to. */
public enum RiskKind {
  /** Rows or values are gone afterwards: a drop, a narrowed type, deleted rows. */
  DATA_LOSS("data loss", RiskLevel.DANGER),
  /** Existing rows make it fail (NULLs, duplicates, rows a check refuses) or get values they did not have. */
  EXISTING_ROWS("existing rows", RiskLevel.CAUTION),
  /** It scans or rewrites the table while holding a lock that blocks other sessions. */
  LOCK("lock", RiskLevel.CAUTION),
  /** The application version still running during a deploy uses what it renames or drops. */
  RUNNING_APP("running application", RiskLevel.CAUTION),
  /** Hand-written SQL or Java code, which Retort runs but does not judge. */
  UNJUDGED("not judged", RiskLevel.CAUTION);

  private final String label;
  private final RiskLevel level;

  RiskKind(String label, RiskLevel level) {
    this.label = label;
    this.level = level;
  }

  /** A few words for summaries: {@code data loss}, {@code lock}. */
  public String label() {
    return label;
  }

  public RiskLevel level() {
    return level;
  }
}
