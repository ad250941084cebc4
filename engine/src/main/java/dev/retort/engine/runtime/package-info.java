/**
 * Running migrations: loading them (compiled on the class path, or compiled in-process from a source
 * folder), planning the steps to a target, recording each step's operations, rendering them with the
 * dialect and executing them over JDBC with the version table kept true to what was applied. Every
 * connection it opens is bounded by {@link dev.retort.engine.runtime.Timeouts}, except while a migration's own
 * statements run.
 */
package dev.retort.engine.runtime;
