/**
 * The one judgement of how risky an operation is on a database: {@link dev.retort.engine.risk.Risk} with its
 * {@link dev.retort.engine.risk.RiskReason reasons}, from a {@link dev.retort.engine.risk.RiskAssessor} per
 * dialect. Generated code, the command line's summaries and the review report all read it.
 */
package dev.retort.engine.risk;
