package dev.retort.engine;

import dev.retort.engine.runtime.Step;

/** Told what a run does, as it does it: for an application's log or metrics. */
public interface MigrationListener {
  /** Before the first statement of a migration, in either direction. */
  default void migrationStarting(Step step) {}

  /** Once a statement of a migration ran. */
  default void statementCompleted(Step step, int number, int total, String statement) {}
}
