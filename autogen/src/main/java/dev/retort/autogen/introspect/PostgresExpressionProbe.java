package dev.retort.autogen.introspect;

import dev.retort.engine.dialect.SqlDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL: probes in the connection's temporary schema, read with {@code pg_get_expr} like real checks
 * and computed columns.
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
      WHERE c.relnamespace = pg_my_temp_schema() AND a.attgenerated = 's'
      """;

  PostgresExpressionProbe(SqlDialect dialect) {
    super(dialect);
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
