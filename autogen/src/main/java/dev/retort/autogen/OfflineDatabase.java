package dev.retort.autogen;

import dev.retort.engine.dialect.H2Dialect;
import dev.retort.engine.dialect.MariaDbDialect;
import dev.retort.engine.dialect.PostgresDialect;
import dev.retort.engine.dialect.SqlDialect;
import java.util.Objects;

/**
 * The database an offline comparison stands in for, since there is none to ask its version: the newest
 * version of each kind that Retort is tested against, whose Hibernate mapping the entities then get.
 *
 * @param dialect the kind of database
 * @param major its major version
 * @param minor its minor version
 * @param defaultSchema the schema a connection starts in (canonical), or null where schemas are databases
 */
public record OfflineDatabase(SqlDialect dialect, int major, int minor, String defaultSchema) {
  /** What {@code --offline} help says it assumes. */
  public static final String ASSUMED = "PostgreSQL 15, MariaDB 10.11, H2 2.5";

  public OfflineDatabase {
    Objects.requireNonNull(dialect, "dialect == null");
  }

  public static OfflineDatabase of(SqlDialect dialect) {
    if (dialect instanceof PostgresDialect) {
      return new OfflineDatabase(dialect, 15, 0, "public");
    }
    if (dialect instanceof MariaDbDialect) {
      return new OfflineDatabase(dialect, 10, 11, null);
    }
    if (dialect instanceof H2Dialect) {
      return new OfflineDatabase(dialect, 2, 5, "public");
    }
    throw new IllegalArgumentException("no offline version for " + dialect.name());
  }

  /** {@code PostgreSQL 15}, for people. */
  public String describe() {
    return dialect.name() + " " + major + (minor == 0 ? "" : "." + minor);
  }
}
