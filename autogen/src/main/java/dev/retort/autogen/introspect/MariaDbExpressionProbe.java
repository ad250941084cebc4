package dev.retort.autogen.introspect;

import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.dialect.SqlDialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * MariaDB: temporary tables, which information_schema does not list, so their expressions are read from
 * {@code SHOW CREATE TABLE}. MariaDB prints each table check there on a line of its own,
 * {@code CONSTRAINT `name` CHECK (expression)}, and each column on its own line, a computed one with
 * {@code GENERATED ALWAYS AS (expression) STORED}, a column with a default with {@code DEFAULT value} last,
 * the expressions exactly as {@code CHECK_CONSTRAINTS}, {@code COLUMNS.GENERATION_EXPRESSION} and
 * {@code COLUMNS.COLUMN_DEFAULT} hold them; the probe's names are plain, so the lines are known
 * exactly.
 */
final class MariaDbExpressionProbe extends ExpressionProbe {
  MariaDbExpressionProbe(SqlDialect dialect) {
    super(dialect);
  }

  @Override
  String storedDefault(String catalogText, ColumnDef column) {
    return DefaultExpressions.mariaDb(catalogText, column.type());
  }

  @Override
  String createTemporaryTable() {
    return "CREATE TEMPORARY TABLE ";
  }

  @Override
  Map<String, Map<String, String>> read(Connection connection, List<String> probeTables) throws SQLException {
    Map<String, Map<String, String>> stored = new HashMap<>();
    try (Statement statement = connection.createStatement()) {
      for (String table : probeTables) {
        try (ResultSet rows = statement.executeQuery("SHOW CREATE TABLE " + dialect.quote(table))) {
          rows.next();
          stored.put(table, expressions(rows.getString(2)));
        }
      }
    }
    return stored;
  }

  /**
   * Constraint name to check expression, and column name to what it is computed from, from the lines of a
   * {@code SHOW CREATE TABLE}: {@code `dq` int(11) GENERATED ALWAYS AS (`q` * 2) STORED}.
   */
  static Map<String, String> expressions(String createTable) {
    Map<String, String> checks = new HashMap<>();
    for (String line : createTable.split("\n")) {
      String text = line.strip();
      int generated = text.indexOf(" GENERATED ALWAYS AS (");
      int stored = Math.max(text.lastIndexOf(") STORED"), text.lastIndexOf(") VIRTUAL"));
      if (text.startsWith("`") && generated > 0 && stored > generated) {
        String column = text.substring(1, text.indexOf('`', 1));
        checks.put(column, text.substring(generated + " GENERATED ALWAYS AS (".length(), stored));
        continue;
      }
      int columnEnd = text.startsWith("`") ? text.indexOf('`', 1) : -1;
      int defaultAt = columnEnd < 0 ? -1 : text.indexOf(" DEFAULT ", columnEnd);
      if (defaultAt > 0) {
        // a probe column carries nothing after its default: no comment, no ON UPDATE
        String value = text.substring(defaultAt + " DEFAULT ".length());
        if (value.equals("NULL,") || value.equals("NULL") || value.startsWith("NULL ")) {
          continue;
        }
        checks.put(text.substring(1, columnEnd), value.endsWith(",") ? value.substring(0, value.length() - 1) : value);
        continue;
      }
      if (text.startsWith("CONSTRAINT `")) {
        int nameEnd = text.indexOf('`', "CONSTRAINT `".length());
        String rest = text.substring(nameEnd + 1);
        if (rest.startsWith(" CHECK (")) {
          String expression = rest.substring(" CHECK (".length(), rest.length() - (rest.endsWith("),") ? 2 : 1));
          checks.put(text.substring("CONSTRAINT `".length(), nameEnd), expression);
        }
      }
    }
    return checks;
  }

  @Override
  String drop(List<String> quotedProbeTables) {
    return "DROP TEMPORARY TABLE IF EXISTS " + String.join(", ", quotedProbeTables);
  }
}
