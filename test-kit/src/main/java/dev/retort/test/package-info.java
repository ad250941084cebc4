/**
 * A JUnit kit for an application's own migrations: {@link dev.retort.test.MigrationChecks} runs ready-made
 * checks (one head, the stairway, entities against the schema the migrations build, Hibernate's own
 * validator) on a throw-away database, and fails with an {@link AssertionError} that names the revision.
 */
package dev.retort.test;
