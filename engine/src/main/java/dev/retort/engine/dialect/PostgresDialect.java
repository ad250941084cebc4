package dev.retort.engine.dialect;

import java.nio.charset.StandardCharsets;

/** PostgreSQL: double-quoted identifiers, lower-case folding, transactional DDL. */
public final class PostgresDialect extends AbstractSqlDialect {
  public PostgresDialect() {
    super(new PostgresTypes(), PostgresDdl::new, false);
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
    // PostgreSQL folds only ASCII letters of an unquoted name in a multi-byte encoding
    StringBuilder folded = new StringBuilder(name.length());
    name.chars().forEach(c -> folded.append((char) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)));
    return folded.toString();
  }

  @Override
  public boolean primaryKeyNameMatters(String table, String name) {
    return !name.equals(storedLength(table + "_pkey"));
  }

  @Override
  public int maxIdentifierBytes() {
    return 63;
  }

  @Override
  public String storedLength(String identifier) {
    byte[] bytes = identifier.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= 63) {
      return identifier;
    }
    int end = 63;
    while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
      end--; // never cut inside a character
    }
    return new String(bytes, 0, end, StandardCharsets.UTF_8);
  }

  @Override
  public boolean transactionalDdl() {
    return true;
  }

  /**
   * With a backslash, the escape form: a server running with {@code standard_conforming_strings=off} reads
   * backslashes in a plain literal as escapes, so {@code \'} would end the string.
   */
  @Override
  public String stringLiteral(String value) {
    String quoted = "'" + value.replace("'", "''") + "'";
    return value.indexOf('\\') < 0 ? quoted : "E" + quoted.replace("\\", "\\\\");
  }

  @Override
  public String tableExistsQuery() {
    return "SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = ?";
  }
}
