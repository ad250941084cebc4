package dev.retort.engine.dialect;

import java.util.Locale;

/** PostgreSQL: double-quoted identifiers, lower-case folding, transactional DDL. */
public final class PostgresDialect extends AbstractSqlDialect {
  public PostgresDialect() {
    super(new PostgresTypes(), PostgresDdl::new);
  }

  @Override
  public String name() {
    return "PostgreSQL";
  }

  @Override
  public String quote(String canonicalName) {
    return quoteWith(canonicalName, '"');
  }

  @Override
  public String canonicalName(String storedName) {
    return storedName;
  }

  @Override
  public String unquotedName(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean transactionalDdl() {
    return true;
  }
}
