package dev.retort.autogen.introspect;

import dev.retort.engine.dialect.SqlDialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * MariaDB: temporary tables, which information_schema does not list, so their checks are read from
 * {@code SHOW CREATE TABLE}. MariaDB prints each table check there on a line of its own,
 * {@code CONSTRAINT `name` CHECK (expression)}, with the expression exactly as
 * {@code CHECK_CONSTRAINTS.CHECK_CLAUSE} holds it; the probe's constraint names are plain, so the line
 * start is known exactly.
 */
final class MariaDbCheckProbe extends CheckProbe {
  MariaDbCheckProbe(SqlDialect dialect) {
    super(dialect);
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
          stored.put(table, checks(rows.getString(2)));
        }
      }
    }
    return stored;
  }

  /** Constraint name to expression, from the lines of a {@code SHOW CREATE TABLE}. */
  static Map<String, String> checks(String createTable) {
    Map<String, String> checks = new HashMap<>();
    for (String line : createTable.split("\n")) {
      String text = line.strip();
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
