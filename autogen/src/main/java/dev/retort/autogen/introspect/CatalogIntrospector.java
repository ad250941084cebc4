package dev.retort.autogen.introspect;

import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reading a catalog in four bulk queries (columns, constraints, indexes, checks), whatever the number of
 * tables, and the sequences in one or two more, whatever their number; each database says how to read its
 * rows.
 */
abstract class CatalogIntrospector implements SchemaIntrospector {
  final SqlDialect dialect;
  private final String catalog;
  private final String columns;
  private final String constraints;
  private final String indexes;
  private final String checks;

  CatalogIntrospector(SqlDialect dialect, String catalog, String columns, String constraints, String indexes,
      String checks) {
    this.dialect = Objects.requireNonNull(dialect, "dialect == null");
    this.catalog = catalog;
    this.columns = columns;
    this.constraints = constraints;
    this.indexes = indexes;
    this.checks = checks;
  }

  @Override
  public final SchemaModel introspect(Connection connection, TableFilter filter, Set<String> namedSchemas) {
    try {
      boolean schemas = dialect.supportsSchemas();
      String defaultSchema = schemas ? dialect.canonicalName(connection.getSchema()) : null;
      SchemaAssembly schema = new SchemaAssembly(filter, defaultSchema);
      Array read = schemas ? schemasToRead(connection, namedSchemas, defaultSchema) : null;
      CatalogQuery.forEachRow(connection, columns, read, row -> readColumn(schema, row));
      readConstraints(connection, schema, read);
      CatalogQuery.forEachRow(connection, indexes, read, row -> readIndex(schema, row));
      CatalogQuery.forEachRow(connection, checks, read, row -> readCheck(schema, row));
      readSequences(connection, schema, read);
      if (schemas && !namedSchemas.isEmpty()) {
        Array named = connection.createArrayOf("varchar", namedSchemas.stream().map(dialect::storedName).toArray());
        CatalogQuery.forEachRow(connection, schemasQuery(), named,
            row -> schema.schema(dialect.canonicalName(row.getString(1))));
      }
      finish(schema);
      return schema.build();
    } catch (SQLException e) {
      throw CatalogQuery.failure(dialect.name(), catalog, e);
    }
  }

  @Override
  public final List<LeftAlone> leftAlone(Connection connection, Set<String> namedSchemas,
      java.util.function.Predicate<String> selected) {
    String query = leftAloneQuery();
    if (query == null) {
      return List.of();
    }
    try {
      String defaultSchema = dialect.canonicalName(connection.getSchema());
      SchemaAssembly names = new SchemaAssembly(TableFilter.DEFAULT, defaultSchema);
      List<LeftAlone> found = new java.util.ArrayList<>();
      try (java.sql.PreparedStatement statement = connection.prepareStatement(query)) {
        // a query with schemas reads them twice, once for indexes and once for constraints
        if (dialect.supportsSchemas()) {
          statement.setArray(1, schemasToRead(connection, namedSchemas, defaultSchema));
          statement.setArray(2, schemasToRead(connection, namedSchemas, defaultSchema));
        }
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            String table = names.qualify(dialect.canonicalName(rows.getString(1)),
                dialect.canonicalName(rows.getString(2)));
            if (TableFilter.DEFAULT.includes(table) && selected.test(table)) {
              found.add(new LeftAlone(table, rows.getString(3), rows.getString(4)));
            }
          }
        }
      }
      return found;
    } catch (SQLException e) {
      throw CatalogQuery.failure(dialect.name(), catalog, e);
    }
  }

  /** The connection's schema and the named ones, as the catalog stores their names, for a query's {@code ?}. */
  private Array schemasToRead(Connection connection, Set<String> namedSchemas, String defaultSchema)
      throws SQLException {
    Set<String> all = new TreeSet<>(namedSchemas);
    all.add(defaultSchema);
    return connection.createArrayOf("varchar", all.stream().map(dialect::storedName).toArray());
  }

  /**
   * The objects of the schemas bound to its two {@code ?} (of the connection's database, where schemas are
   * databases) that the model cannot hold, as rows of schema, table, what and why; null where there are none.
   */
  String leftAloneQuery() {
    return null;
  }

  /** The names of those of the schemas bound to its {@code ?} that exist; only where schemas are supported. */
  String schemasQuery() {
    throw new UnsupportedOperationException(dialect.name() + " has no schemas inside a database");
  }

  @Override
  public final ExpressionSpellings spellExpressions(Connection connection, List<TableDef> tables,
      SchemaModel stored) {
    try {
      return expressionProbe().spell(connection, tables, stored);
    } catch (SQLException e) {
      throw new RetortException(ErrorCode.DATABASE_ERROR, "Comparing CHECK constraints on the " + dialect.name()
          + " database failed: " + e.getMessage() + ". Retort lets the database spell the entities' checks in"
          + " temporary tables that vanish with the connection; nothing was changed. Check that the connected"
          + " user may create temporary tables, or leave the tables with checks out with --exclude.", e);
    }
  }

  /** How this database is asked to spell CHECK expressions and what computed columns are computed from. */
  abstract ExpressionProbe expressionProbe();

  abstract void readColumn(SchemaAssembly schema, ResultSet row) throws SQLException;

  /**
   * Reads every primary key, unique constraint and foreign key into {@code schema}: by default the rows of the
   * constraints query, one by one.
   *
   * @param schemas the schemas to read, for the query's {@code ?}; null where schemas are databases
   */
  void readConstraints(Connection connection, SchemaAssembly schema, Array schemas) throws SQLException {
    CatalogQuery.forEachRow(connection, constraints, schemas, row -> readConstraint(schema, row));
  }

  /** One row of the constraints query; a database that reads its constraints otherwise has none. */
  void readConstraint(SchemaAssembly schema, ResultSet row) throws SQLException {
    throw new UnsupportedOperationException(dialect.name() + " reads its constraints without a single query");
  }

  abstract void readIndex(SchemaAssembly schema, ResultSet row) throws SQLException;

  /**
   * A check row: table schema, table name, constraint name and the expression as the database stores it,
   * in that order.
   */
  void readCheck(SchemaAssembly schema, ResultSet row) throws SQLException {
    TableAssembly table = schema.table(schema.qualify(schemaName(row.getString(1)),
        dialect.canonicalName(row.getString(2))));
    if (table != null) {
      table.check(dialect.canonicalName(row.getString(3)), row.getString(4));
    }
  }

  private String schemaName(String stored) {
    return stored == null ? null : dialect.canonicalName(stored);
  }

  /** The model's name of the table or sequence in the row's columns {@code schemaColumn} and {@code nameColumn}. */
  final String qualified(SchemaAssembly schema, ResultSet row, String schemaColumn, String nameColumn)
      throws SQLException {
    return schema.qualify(schemaName(row.getString(schemaColumn)), name(row, nameColumn));
  }

  /**
   * Every sequence of the schemas read, in a fixed number of queries; not those behind identity columns.
   *
   * @param schemas the schemas to read, for the query's {@code ?}; null where schemas are databases
   */
  abstract void readSequences(Connection connection, SchemaAssembly schema, Array schemas) throws SQLException;

  /** A last pass over the assembled tables; nothing by default. */
  void finish(SchemaAssembly schema) {}

  /** Catalogs report "no comment" as null or as an empty string. */
  static String comment(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  /** Table comments arrive with every column row of the table; filtered tables have no assembly. */
  static void tableComment(SchemaAssembly schema, String table, String text) {
    TableAssembly assembly = schema.table(table);
    if (assembly != null) {
      assembly.comment(comment(text));
    }
  }

  final String name(ResultSet row, String column) throws SQLException {
    return dialect.canonicalName(row.getString(column));
  }

  /**
   * A constraint row in information_schema's shape: TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME,
   * CONSTRAINT_TYPE, ORDINAL_POSITION, COLUMN_NAME, REFERENCED_SCHEMA, REFERENCED_TABLE, REFERENCED_COLUMN,
   * DELETE_RULE.
   */
  final void readStandardConstraint(SchemaAssembly schema, ResultSet row, boolean primaryKeyNamed)
      throws SQLException {
    TableAssembly table = schema.table(qualified(schema, row, "TABLE_SCHEMA", "TABLE_NAME"));
    if (table == null) {
      return;
    }
    String constraint = name(row, "CONSTRAINT_NAME");
    int position = row.getInt("ORDINAL_POSITION");
    String column = name(row, "COLUMN_NAME");
    switch (row.getString("CONSTRAINT_TYPE")) {
      case "PRIMARY KEY" -> table.primaryKeyColumn(primaryKeyNamed ? constraint : null, position, column);
      case "UNIQUE" -> table.uniqueColumn(constraint, position, column);
      case "FOREIGN KEY" -> table.foreignKeyColumn(constraint, position, column,
          qualified(schema, row, "REFERENCED_SCHEMA", "REFERENCED_TABLE"), name(row, "REFERENCED_COLUMN"),
          SchemaAssembly.deleteRule(row.getString("DELETE_RULE")));
      default -> throw new IllegalStateException("unexpected constraint " + row.getString("CONSTRAINT_TYPE"));
    }
  }
}
