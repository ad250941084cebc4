package dev.retort.autogen.introspect;

import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;

/** The introspector that goes with a dialect. */
public final class Introspectors {
  private Introspectors() {}

  public static SchemaIntrospector forDialect(SqlDialect dialect) {
    return switch (dialect.name()) {
      case "PostgreSQL" -> new PostgresIntrospector(dialect);
      case "H2" -> new H2Introspector(dialect);
      case "MariaDB" -> new MariaDbIntrospector(dialect);
      default -> throw new RetortException(ErrorCode.CONFIGURATION,
          "No schema introspection for " + dialect.name() + ". Retort reads PostgreSQL, H2 and MariaDB.");
    };
  }
}
