package dev.retort.engine.runtime;

import java.util.List;

/**
 * What a run did.
 *
 * @param steps the steps that ran, in order
 * @param current the revisions the database stands at afterwards (empty: base)
 */
public record MigrationResult(List<Step> steps, List<String> current) {
  public MigrationResult {
    steps = List.copyOf(steps);
    current = List.copyOf(current);
  }
}
