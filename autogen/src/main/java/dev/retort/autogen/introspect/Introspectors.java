package dev.retort.autogen.introspect;

import dev.retort.engine.dialect.H2Dialect;
import dev.retort.engine.dialect.MariaDbDialect;
import dev.retort.engine.dialect.PostgresDialect;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;

/** The introspector that goes with a dialect. */
public final class Introspectors {
  private Introspectors() {}

  public static SchemaIntrospector forDialect(SqlDialect dialect) {
    if (dialect instanceof PostgresDialect) {
      return new PostgresIntrospector(dialect);
    }
    if (dialect instanceof H2Dialect) {
      return new H2Introspector(dialect);
    }
    if (dialect instanceof MariaDbDialect) {
      return new MariaDbIntrospector(dialect);
    }
    throw new RetortException(ErrorCode.CONFIGURATION, "Retort cannot read the schema of a " + dialect.name()
        + " database: introspection exists for PostgreSQL, H2 and MariaDB. Nothing was changed.");
  }
}
