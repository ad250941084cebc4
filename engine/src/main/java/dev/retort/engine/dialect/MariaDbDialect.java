package dev.retort.engine.dialect;

/** MariaDB: backtick-quoted identifiers stored as written; DDL commits at once. */
public final class MariaDbDialect extends AbstractSqlDialect {
  public MariaDbDialect() {
    super(new MariaDbTypes(), MariaDbDdl::new);
  }

  @Override
  public String name() {
    return "MariaDB";
  }

  @Override
  public String quote(String canonicalName) {
    return quoteWith(canonicalName, '`');
  }

  @Override
  public String canonicalName(String storedName) {
    return storedName;
  }

  @Override
  public boolean transactionalDdl() {
    return false;
  }

  /** MariaDB also treats the backslash as an escape character in literals. */
  @Override
  public String stringLiteral(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
  }
}
