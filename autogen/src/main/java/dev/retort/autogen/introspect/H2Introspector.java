package dev.retort.autogen.introspect;

import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.SequenceDef;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the base tables of H2's {@code CURRENT_SCHEMA} (and of the named schemas asked for) from H2 2.x
 * {@code INFORMATION_SCHEMA}: columns, constraints (four plain reads joined in {@link H2Constraints}), indexes,
 * checks. CHECK expressions are kept as H2 renders them ({@code "QTY" >= 1}).
 *
 * <p>Indexes: H2 creates an index behind every primary key, unique and foreign key constraint and marks it
 * {@code IS_GENERATED}; those are left out. A foreign key may instead adopt an index the user created on its
 * columns ({@code TABLE_CONSTRAINTS.INDEX_NAME} then names the user's index): that index is kept, since
 * the user made it and dropping the foreign key leaves it behind.
 *
 * <p>Sequences come from {@code INFORMATION_SCHEMA.SEQUENCES} in one more query. H2 2.x does not list the
 * sequences behind identity columns there (they are properties of the column), so every row is the user's.
 */
public final class H2Introspector extends CatalogIntrospector {

  // H2 builds the INFORMATION_SCHEMA rows of every lookup by scanning the whole schema, so a join per column is
  // quadratic (1000 tables: 5 s); element types and enum values are looked up only for the columns that have
  // them, which CASE makes H2 skip everywhere else
  private static final String COLUMNS = """
      SELECT c.TABLE_SCHEMA, c.TABLE_NAME, c.ORDINAL_POSITION, c.COLUMN_NAME, c.IS_NULLABLE, c.COLUMN_DEFAULT, c.IS_IDENTITY,
             CASE WHEN c.IS_GENERATED = 'ALWAYS' THEN c.GENERATION_EXPRESSION END AS GENERATION_EXPRESSION,
             c.REMARKS, t.REMARKS AS TABLE_REMARKS,
             c.DATA_TYPE, c.CHARACTER_MAXIMUM_LENGTH, c.NUMERIC_PRECISION, c.NUMERIC_SCALE,
             c.DATETIME_PRECISION,
             %s,
             CASE WHEN c.DATA_TYPE = 'ENUM' THEN
               (SELECT LISTAGG('''' || REPLACE(v.VALUE_NAME, '''', '''''') || '''', ',')
                       WITHIN GROUP (ORDER BY v.VALUE_ORDINAL)
                FROM INFORMATION_SCHEMA.ENUM_VALUES v
                WHERE v.OBJECT_SCHEMA = c.TABLE_SCHEMA AND v.OBJECT_NAME = c.TABLE_NAME
                  AND v.OBJECT_TYPE = 'TABLE' AND v.ENUM_IDENTIFIER = c.DTD_IDENTIFIER) END AS ENUM_VALUES
      FROM INFORMATION_SCHEMA.COLUMNS c
      JOIN INFORMATION_SCHEMA.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
      WHERE c.TABLE_SCHEMA = ANY (?) AND t.TABLE_TYPE = 'BASE TABLE'
      """.formatted(Stream.of("DATA_TYPE", "CHARACTER_MAXIMUM_LENGTH", "NUMERIC_PRECISION", "NUMERIC_SCALE",
          "DATETIME_PRECISION").map(H2Introspector::elementField).collect(Collectors.joining(",\n       ")));

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

  /** A field of an array column's element type, named {@code E_} and the field. */
  private static String elementField(String field) {
    return "CASE WHEN c.DATA_TYPE = 'ARRAY' THEN (SELECT e." + field + " FROM INFORMATION_SCHEMA.ELEMENT_TYPES e"
        + " WHERE e.OBJECT_SCHEMA = c.TABLE_SCHEMA AND e.OBJECT_NAME = c.TABLE_NAME AND e.OBJECT_TYPE = 'TABLE'"
        + " AND e.COLLECTION_TYPE_IDENTIFIER = c.DTD_IDENTIFIER) END AS E_" + field;
  }

  public H2Introspector(SqlDialect dialect) {
    super(dialect, "INFORMATION_SCHEMA", COLUMNS, null, INDEXES, CHECKS);
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

  /**
   * Read with {@link H2Constraints}. H2 keeps a key column's old name in {@code KEY_COLUMN_USAGE} after the column
   * is renamed; the constraint's index has the new one, at the same position where the old name is no column of
   * the table.
   */
  @Override
  void readConstraints(Connection connection, SchemaAssembly schema, Array schemas) throws SQLException {
    Set<String> read = new HashSet<>();
    for (Object name : (Object[]) schemas.getArray()) {
      read.add((String) name);
    }
    for (H2Constraints.KeyColumn key : H2Constraints.read(connection, read)) {
      H2Constraints.Constraint constraint = key.constraint();
      TableAssembly table = schema.table(qualified(schema, constraint.tableSchema(), constraint.table()));
      if (table == null) {
        continue;
      }
      String name = dialect.canonicalName(constraint.name());
      String column = current(table, key.column(), key.indexColumn());
      switch (constraint.type()) {
        case "PRIMARY KEY" -> table.primaryKeyColumn(name, key.position(), column);
        case "UNIQUE" -> table.uniqueColumn(name, key.position(), column);
        default -> {
          H2Constraints.Constraint target = key.referenced();
          String referenced = target == null ? null : qualified(schema, target.tableSchema(), target.table());
          TableAssembly referencedTable = referenced == null ? null : schema.table(referenced);
          String referencedColumn = key.referencedColumn() == null ? null : referencedTable == null
              ? dialect.canonicalName(key.referencedColumn())
              : current(referencedTable, key.referencedColumn(), key.referencedIndexColumn());
          table.foreignKeyColumn(name, key.position(), column, referenced, referencedColumn,
              SchemaAssembly.deleteRule(key.deleteRule()));
        }
      }
    }
  }

  /** A key column by its name, or by the name its index has for it where the key kept a name since renamed. */
  private String current(TableAssembly table, String column, String indexColumn) {
    String name = dialect.canonicalName(column);
    return table.hasColumn(name) || indexColumn == null ? name : dialect.canonicalName(indexColumn);
  }

  private String qualified(SchemaAssembly schema, String storedSchema, String storedName) {
    return schema.qualify(storedSchema == null ? null : dialect.canonicalName(storedSchema),
        dialect.canonicalName(storedName));
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
