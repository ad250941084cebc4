package dev.retort.autogen.introspect;

import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.dialect.SqlDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** H2: local temporary tables, whose checks, computed columns and defaults INFORMATION_SCHEMA lists like any table's. */
final class H2ExpressionProbe extends ExpressionProbe {
  private static final String PROBE_EXPRESSIONS = """
      SELECT tc.TABLE_NAME, cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE
      FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc
      JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
        ON tc.CONSTRAINT_SCHEMA = cc.CONSTRAINT_SCHEMA AND tc.CONSTRAINT_NAME = cc.CONSTRAINT_NAME
      JOIN INFORMATION_SCHEMA.TABLES t ON t.TABLE_SCHEMA = tc.TABLE_SCHEMA AND t.TABLE_NAME = tc.TABLE_NAME
      WHERE t.TABLE_TYPE = 'LOCAL TEMPORARY' AND tc.CONSTRAINT_TYPE = 'CHECK'
      UNION ALL
      SELECT c.TABLE_NAME, c.COLUMN_NAME, c.GENERATION_EXPRESSION
      FROM INFORMATION_SCHEMA.COLUMNS c
      JOIN INFORMATION_SCHEMA.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
      WHERE t.TABLE_TYPE = 'LOCAL TEMPORARY' AND c.IS_GENERATED = 'ALWAYS'
      UNION ALL
      SELECT c.TABLE_NAME, c.COLUMN_NAME, c.COLUMN_DEFAULT
      FROM INFORMATION_SCHEMA.COLUMNS c
      JOIN INFORMATION_SCHEMA.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
      WHERE t.TABLE_TYPE = 'LOCAL TEMPORARY' AND c.IS_GENERATED = 'NEVER' AND c.COLUMN_DEFAULT IS NOT NULL
      """;

  H2ExpressionProbe(SqlDialect dialect) {
    super(dialect);
  }

  @Override
  String storedDefault(String catalogText, ColumnDef column) {
    return DefaultExpressions.h2(catalogText);
  }

  @Override
  String createTemporaryTable() {
    return "CREATE LOCAL TEMPORARY TABLE ";
  }

  @Override
  Map<String, Map<String, String>> read(Connection connection, List<String> probeTables) throws SQLException {
    return readCatalog(connection, PROBE_EXPRESSIONS);
  }
}
