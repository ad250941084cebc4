/**
 * The small programs {@code bench/run} measures Retort against, and the generators of the work they share:
 * the same entities as JPA classes and SQLAlchemy models ({@link dev.retort.bench.EntityModelGenerator}),
 * the same migrations for every tool ({@link dev.retort.bench.MigrationSetGenerator}), Hibernate's own
 * schema tools, Flyway, the same DDL run directly, and the report of a run. Each program is one process that
 * {@code bench/run} times from outside; nothing here times itself, and no speed is checked by a unit test.
 */
package dev.retort.bench;
