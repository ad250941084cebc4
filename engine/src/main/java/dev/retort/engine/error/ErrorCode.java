package dev.retort.engine.error;

/** Kinds of failure, each with the process exit code the CLI uses for it. */
public enum ErrorCode {
  /** The database or the entities differ from the migrations (retort check). */
  NOT_IN_STEP(1),
  /** A migration under review reaches the level {@code retort review --fail-on} names: for CI, like check's. */
  RISK_FOUND(1),
  /** Wrong option or argument. */
  USAGE(2),
  /** A configuration value is missing or invalid. */
  CONFIGURATION(3),
  /** The entity package holds no entities. */
  NO_ENTITIES(4),
  /** The database cannot be reached. */
  DATABASE_UNREACHABLE(5),
  /** The database refused the credentials. */
  AUTHENTICATION_FAILED(6),
  /** The migrations folder does not exist. */
  MIGRATIONS_MISSING(7),
  /** The database is behind the latest migration. */
  DATABASE_BEHIND(8),
  /** A migration's statement failed. */
  MIGRATION_FAILED(9),
  /** A revision, target or prefix names nothing or several things. */
  UNKNOWN_REVISION(10),
  /** Several heads where one was needed. */
  MULTIPLE_HEADS(11),
  /** Migration sources do not compile or cannot be loaded. */
  MIGRATION_INVALID(12),
  /** The revision graph is broken: unknown parent, cycle, duplicate id. */
  REVISION_GRAPH_INVALID(13),
  /** The entity model cannot be mapped. */
  ENTITY_MAPPING_FAILED(14),
  /** The database stopped answering for longer than the read timeout, outside a migration's own statements. */
  DATABASE_TIMEOUT(15),
  /** The database answered with an error outside a migration. */
  DATABASE_ERROR(16),
  /** A file could not be read or written. */
  IO(17),
  /** An applied migration was changed since it ran. */
  CHECKSUM_MISMATCH(18),
  /** Another run held the migration lock for longer than the timeout. */
  LOCK_TIMEOUT(19),
  /** A run stopped on request (SIGINT, SIGTERM) between two statements. */
  STOPPED(20),
  /** A bug: please report it. */
  INTERNAL(70);

  private final int exitCode;

  ErrorCode(int exitCode) {
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
