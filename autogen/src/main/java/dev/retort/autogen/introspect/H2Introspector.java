package dev.retort.autogen.introspect;

import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.SequenceDef;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads the base tables of H2's {@code CURRENT_SCHEMA} (and of the named schemas asked for) from H2 2.x
 * {@code INFORMATION_SCHEMA} in four queries: columns, constraints, indexes, checks. CHECK expressions are kept as H2 renders them
 * ({@code "QTY" >= 1}).
 *
 * <p>Indexes: H2 creates an index behind every primary key, unique and foreign key constraint and marks it
 * {@code IS_GENERATED}; those are left out. A foreign key may instead adopt an index the user created on its
 * columns ({@code TABLE_CONSTRAINTS.INDEX_NAME} then names the user's index): that index is kept, since
 * the user made it and dropping the foreign key leaves it behind.
 *
 * <p>Sequences come from {@code INFORMATION_SCHEMA.SEQUENCES} in a fourth query. H2 2.x does not list the
 * sequences behind identity columns there (they are properties of the column), so every row is the user's.
 */
public final class H2Introspector extends CatalogIntrospector {

  private static final String COLUMNS = """
      SELECT c.TABLE_SCHEMA, c.TABLE_NAME, c.ORDINAL_POSITION, c.COLUMN_NAME, c.IS_NULLABLE, c.COLUMN_DEFAULT, c.IS_IDENTITY,
             CASE WHEN c.IS_GENERATED = 'ALWAYS' THEN c.GENERATION_EXPRESSION END AS GENERATION_EXPRESSION,
             c.REMARKS, t.REMARKS AS TABLE_REMARKS,
             c.DATA_TYPE, c.CHARACTER_MAXIMUM_LENGTH, c.NUMERIC_PRECISION, c.NUMERIC_SCALE,
             c.DATETIME_PRECISION,
             e.DATA_TYPE AS E_DATA_TYPE, e.CHARACTER_MAXIMUM_LENGTH AS E_CHARACTER_MAXIMUM_LENGTH,
             e.NUMERIC_PRECISION AS E_NUMERIC_PRECISION, e.NUMERIC_SCALE AS E_NUMERIC_SCALE,
             e.DATETIME_PRECISION AS E_DATETIME_PRECISION,
             (SELECT LISTAGG('''' || REPLACE(v.VALUE_NAME, '''', '''''') || '''', ',')
                     WITHIN GROUP (ORDER BY v.VALUE_ORDINAL)
              FROM INFORMATION_SCHEMA.ENUM_VALUES v
              WHERE v.OBJECT_SCHEMA = c.TABLE_SCHEMA AND v.OBJECT_NAME = c.TABLE_NAME
                AND v.OBJECT_TYPE = 'TABLE' AND v.ENUM_IDENTIFIER = c.DTD_IDENTIFIER) AS ENUM_VALUES
      FROM INFORMATION_SCHEMA.COLUMNS c
      JOIN INFORMATION_SCHEMA.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
      LEFT JOIN INFORMATION_SCHEMA.ELEMENT_TYPES e
        ON e.OBJECT_SCHEMA = c.TABLE_SCHEMA AND e.OBJECT_NAME = c.TABLE_NAME AND e.OBJECT_TYPE = 'TABLE'
       AND e.COLLECTION_TYPE_IDENTIFIER = c.DTD_IDENTIFIER
      WHERE c.TABLE_SCHEMA = ANY (?) AND t.TABLE_TYPE = 'BASE TABLE'
      """;

  // a foreign key's referenced columns pair with its own through POSITION_IN_UNIQUE_CONSTRAINT; H2 finds
  // INFORMATION_SCHEMA rows fast by table name only, so every join that can names the table
  // (1000 tables: 10 s without it for the indexes, 24 ms with)
  private static final String CONSTRAINTS = """
      SELECT tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, k.ORDINAL_POSITION,
             k.COLUMN_NAME, rk.TABLE_SCHEMA AS REFERENCED_SCHEMA, rk.TABLE_NAME AS REFERENCED_TABLE,
             rk.COLUMN_NAME AS REFERENCED_COLUMN, rc.DELETE_RULE, ic.COLUMN_NAME AS INDEX_COLUMN,
             ric.COLUMN_NAME AS REFERENCED_INDEX_COLUMN
      FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
      JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k
        ON k.TABLE_SCHEMA = tc.TABLE_SCHEMA AND k.TABLE_NAME = tc.TABLE_NAME
       AND k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
      LEFT JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc
        ON rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
      LEFT JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE rk
        ON rk.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA
       AND rk.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME
       AND rk.ORDINAL_POSITION = k.POSITION_IN_UNIQUE_CONSTRAINT
      LEFT JOIN INFORMATION_SCHEMA.INDEX_COLUMNS ic
        ON ic.TABLE_SCHEMA = tc.TABLE_SCHEMA AND ic.TABLE_NAME = tc.TABLE_NAME
       AND ic.INDEX_SCHEMA = tc.INDEX_SCHEMA AND ic.INDEX_NAME = tc.INDEX_NAME
       AND ic.ORDINAL_POSITION = k.ORDINAL_POSITION
      LEFT JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS rtc
        ON rtc.TABLE_SCHEMA = rk.TABLE_SCHEMA AND rtc.TABLE_NAME = rk.TABLE_NAME
       AND rtc.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA AND rtc.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME
      LEFT JOIN INFORMATION_SCHEMA.INDEX_COLUMNS ric
        ON ric.TABLE_SCHEMA = rtc.TABLE_SCHEMA AND ric.TABLE_NAME = rtc.TABLE_NAME
       AND ric.INDEX_SCHEMA = rtc.INDEX_SCHEMA AND ric.INDEX_NAME = rtc.INDEX_NAME
       AND ric.ORDINAL_POSITION = k.POSITION_IN_UNIQUE_CONSTRAINT
      WHERE tc.TABLE_SCHEMA = ANY (?)
        AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')
      """;

  private static final String INDEXES = """
      SELECT i.TABLE_SCHEMA, i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME, ic.ORDINAL_POSITION, ic.COLUMN_NAME,
             ic.ORDERING_SPECIFICATION
      FROM INFORMATION_SCHEMA.INDEXES i
      JOIN INFORMATION_SCHEMA.INDEX_COLUMNS ic
        ON ic.TABLE_SCHEMA = i.TABLE_SCHEMA AND ic.TABLE_NAME = i.TABLE_NAME
       AND ic.INDEX_SCHEMA = i.INDEX_SCHEMA AND ic.INDEX_NAME = i.INDEX_NAME
      WHERE i.TABLE_SCHEMA = ANY (?) AND NOT i.IS_GENERATED
      """;

  // constraint names are unique per schema in H2; a domain's checks belong to no table
  static final String CHECKS = """
      SELECT tc.TABLE_SCHEMA, tc.TABLE_NAME, cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE
      FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc
      JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
        ON tc.CONSTRAINT_SCHEMA = cc.CONSTRAINT_SCHEMA AND tc.CONSTRAINT_NAME = cc.CONSTRAINT_NAME
      WHERE tc.TABLE_SCHEMA = ANY (?) AND tc.CONSTRAINT_TYPE = 'CHECK'
      """;

  private static final String SEQUENCES = """
      SELECT SEQUENCE_SCHEMA, SEQUENCE_NAME, START_VALUE, INCREMENT
      FROM INFORMATION_SCHEMA.SEQUENCES
      WHERE SEQUENCE_SCHEMA = ANY (?)
      """;

  public H2Introspector(SqlDialect dialect) {
    super(dialect, "INFORMATION_SCHEMA", COLUMNS, CONSTRAINTS, INDEXES, CHECKS);
  }

  @Override
  ExpressionProbe expressionProbe() {
    return new H2ExpressionProbe(dialect);
  }

  @Override
  void readColumn(SchemaAssembly schema, ResultSet row) throws SQLException {
    boolean nullable = row.getString("IS_NULLABLE").equals("YES");
    ColumnDef column = new ColumnDef(
        name(row, "COLUMN_NAME"),
        dialect.parseType(H2TypeSpelling.of(row, "", "E_")),
        nullable,
        DefaultExpressions.h2(row.getString("COLUMN_DEFAULT")),
        !nullable && row.getString("IS_IDENTITY").equals("YES"),
        comment(row.getString("REMARKS")),
        row.getString("GENERATION_EXPRESSION"));
    String table = qualified(schema, row, "TABLE_SCHEMA", "TABLE_NAME");
    schema.column(table, row.getInt("ORDINAL_POSITION"), column);
    tableComment(schema, table, row.getString("TABLE_REMARKS"));
  }

  @Override
  void readConstraint(SchemaAssembly schema, ResultSet row) throws SQLException {
    readStandardConstraint(schema, row, true);
  }

  /**
   * H2 keeps a key column's old name in KEY_COLUMN_USAGE after the column is renamed; the constraint's index
   * has the new one, at the same position where the old name is no column of the table.
   */
  @Override
  String keyColumn(TableAssembly table, ResultSet row) throws SQLException {
    String column = name(row, "COLUMN_NAME");
    return table.hasColumn(column) || row.getString("INDEX_COLUMN") == null ? column : name(row, "INDEX_COLUMN");
  }

  @Override
  String referencedColumn(TableAssembly referenced, ResultSet row) throws SQLException {
    String column = name(row, "REFERENCED_COLUMN");
    boolean stale = referenced != null && !referenced.hasColumn(column)
        && row.getString("REFERENCED_INDEX_COLUMN") != null;
    return stale ? name(row, "REFERENCED_INDEX_COLUMN") : column;
  }

  @Override
  void readIndex(SchemaAssembly schema, ResultSet row) throws SQLException {
    TableAssembly table = schema.table(qualified(schema, row, "TABLE_SCHEMA", "TABLE_NAME"));
    if (table != null) {
      // UNIQUE INDEX, UNIQUE HASH INDEX
      boolean unique = row.getString("INDEX_TYPE_NAME").startsWith("UNIQUE");
      table.indexColumn(name(row, "INDEX_NAME"), unique, row.getInt("ORDINAL_POSITION"),
          name(row, "COLUMN_NAME"), "DESC".equals(row.getString("ORDERING_SPECIFICATION")));
    }
  }

  @Override
  void readSequences(Connection connection, SchemaAssembly schema, Array schemas) throws SQLException {
    CatalogQuery.forEachRow(connection, SEQUENCES, schemas, row -> schema.sequence(new SequenceDef(
        qualified(schema, row, "SEQUENCE_SCHEMA", "SEQUENCE_NAME"), row.getLong("START_VALUE"),
        row.getLong("INCREMENT"))));
  }

  @Override
  String schemasQuery() {
    return "SELECT SCHEMA_NAME FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME = ANY (?)";
  }
}
