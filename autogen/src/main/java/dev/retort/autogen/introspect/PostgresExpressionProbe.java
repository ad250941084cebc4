package dev.retort.autogen.introspect;

import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.dialect.SqlDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL: probes in the connection's temporary schema, read with {@code pg_get_expr} like real checks,
 * computed columns and defaults.
 */
final class PostgresExpressionProbe extends ExpressionProbe {
  private static final String PROBE_EXPRESSIONS = """
      SELECT c.relname, con.conname, pg_get_expr(con.conbin, con.conrelid) AS expression
      FROM pg_catalog.pg_constraint con
      JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
      WHERE c.relnamespace = pg_my_temp_schema() AND con.contype = 'c'
      UNION ALL
      SELECT c.relname, a.attname, pg_get_expr(d.adbin, d.adrelid)
      FROM pg_catalog.pg_attribute a
      JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
      JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE c.relnamespace = pg_my_temp_schema() AND a.attgenerated IN ('s', '')
      """;

  PostgresExpressionProbe(SqlDialect dialect) {
    super(dialect);
  }

  /** A standby, or a session whose transactions default to read-only, cannot create temporary tables. */
  @Override
  boolean readOnly(Connection connection) throws SQLException {
    if (super.readOnly(connection)) {
      return true;
    }
    boolean[] readOnly = {false};
    CatalogQuery.forEachRow(connection, "SELECT current_setting('transaction_read_only') = 'on'"
        + " OR pg_is_in_recovery()", row -> readOnly[0] = row.getBoolean(1));
    return readOnly[0];
  }

  @Override
  String storedDefault(String catalogText, ColumnDef column) {
    return DefaultExpressions.postgres(catalogText);
  }

  @Override
  String createTemporaryTable() {
    return "CREATE TEMPORARY TABLE ";
  }

  @Override
  Map<String, Map<String, String>> read(Connection connection, List<String> probeTables) throws SQLException {
    return readCatalog(connection, PROBE_EXPRESSIONS);
  }
}
