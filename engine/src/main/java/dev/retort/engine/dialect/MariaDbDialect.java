package dev.retort.engine.dialect;

import dev.retort.engine.schema.ReferentialAction;
import java.util.List;

/** MariaDB: backtick-quoted identifiers stored as written; DDL commits at once. */
public final class MariaDbDialect extends AbstractSqlDialect {
  public MariaDbDialect() {
    super(new MariaDbTypes(), MariaDbDdl::new, true);
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
  public String unquotedName(String name) {
    return name;
  }

  @Override
  public boolean supportsSchemas() {
    return false;
  }

  @Override
  public boolean indexNamesPerSchema() {
    return false;
  }

  @Override
  public boolean foreignKeyNamesPerSchema() {
    return true;
  }

  @Override
  public ForeignKeyIndexes foreignKeyIndexes() {
    return ForeignKeyIndexes.REQUIRED;
  }

  @Override
  public int maxIdentifierBytes() {
    return 64;
  }

  @Override
  public boolean columnNamesIgnoreCase() {
    return true;
  }

  @Override
  public boolean transactionalDdl() {
    return false;
  }

  @Override
  public String upsert(String table, String key, List<String> columns, List<List<String>> rows) {
    return insert(table, columns, rows) + " ON DUPLICATE KEY UPDATE "
        + assignments(key, columns, c -> "VALUES(" + quote(c) + ")");
  }

  @Override
  public ReferentialAction canonicalAction(ReferentialAction action) {
    return action == ReferentialAction.RESTRICT ? ReferentialAction.NO_ACTION : action;
  }

  /** MariaDB also treats the backslash as an escape character in literals. */
  @Override
  public String stringLiteral(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
  }

  @Override
  public String tableExistsQuery() {
    return "SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND TABLE_TYPE = 'BASE TABLE'";
  }
}
