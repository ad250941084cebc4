package dev.retort.autogen.render;

import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.risk.RiskAssessor;
import dev.retort.engine.risk.RiskKind;
import dev.retort.engine.risk.RiskReason;
import java.util.List;

/**
 * The {@code // DESTRUCTIVE:} line for an operation that can lose data: the risk model's data-loss reason, on
 * every database, since a migration's code serves them all.
 */
final class DestructiveNote {
  private static final RiskAssessor RISK = RiskAssessor.portable();

  private DestructiveNote() {}

  /** What {@code op} loses, in plain words, or null when it loses nothing. */
  static String of(SchemaOp op) {
    List<RiskReason> losses = RISK.assess(op).reasons(RiskKind.DATA_LOSS);
    return losses.isEmpty() ? null : losses.get(0).text();
  }
}
