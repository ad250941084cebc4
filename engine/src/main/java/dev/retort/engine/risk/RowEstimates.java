package dev.retort.engine.risk;

import dev.retort.engine.dialect.SqlDialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The row estimates a database's catalog keeps, read in one query: PostgreSQL's {@code pg_class.reltuples}
 * (unknown until the table was first analysed or vacuumed), MariaDB's {@code information_schema.TABLES.TABLE_ROWS}
 * and H2's {@code ROW_COUNT_ESTIMATE}. Tables of the connection's own schema are found by name alone, every
 * table by {@code schema.table} too.
 */
public final class RowEstimates implements TableRows {
  private final Map<String, Long> rows;

  private RowEstimates(Map<String, Long> rows) {
    this.rows = java.util.Collections.unmodifiableMap(new HashMap<>(rows));
  }

  public static RowEstimates read(Connection connection, SqlDialect dialect) throws SQLException {
    String query = switch (dialect.name()) {
      case "PostgreSQL" -> "SELECT n.nspname, c.relname, CASE WHEN c.reltuples < 0 THEN NULL"
          + " ELSE CAST(c.reltuples AS bigint) END, n.nspname = current_schema()"
          + " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')";
      case "MariaDB" -> "SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_ROWS, TABLE_SCHEMA = DATABASE()"
          + " FROM information_schema.TABLES WHERE TABLE_TYPE = 'BASE TABLE'"
          + " AND TABLE_SCHEMA NOT IN ('mysql', 'information_schema', 'performance_schema', 'sys')";
      default -> "SELECT TABLE_SCHEMA, TABLE_NAME, ROW_COUNT_ESTIMATE, TABLE_SCHEMA = CURRENT_SCHEMA"
          + " FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_TYPE = 'BASE TABLE'";
    };
    Map<String, Long> rows = new HashMap<>();
    try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
      while (result.next()) {
        String schema = dialect.canonicalName(result.getString(1));
        String table = dialect.canonicalName(result.getString(2));
        long estimate = result.getLong(3);
        Long value = result.wasNull() ? null : Math.max(0, estimate);
        rows.put(schema + "." + table, value);
        if (result.getBoolean(4)) {
          rows.put(table, value);
        }
      }
    }
    return new RowEstimates(rows);
  }

  @Override
  public Long estimate(String table) {
    return rows.get(table);
  }
}
