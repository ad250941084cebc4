package dev.retort.engine.runtime;

/** Told of each statement of a run once it completed and its progress is recorded. */
@FunctionalInterface
public interface StatementListener {
  StatementListener NONE = (step, number, total, statement) -> { };

  /**
   * @param step the migration and direction
   * @param number the statement's 1-based number within the step
   * @param total how many statements the step has
   * @param statement the statement as people read it
   */
  void completed(Step step, int number, int total, String statement);
}
