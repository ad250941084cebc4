package dev.retort.autogen.introspect;

import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

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
  public final SchemaModel introspect(Connection connection, TableFilter filter) {
    SchemaAssembly schema = new SchemaAssembly(filter);
    try {
      CatalogQuery.forEachRow(connection, columns, row -> readColumn(schema, row));
      CatalogQuery.forEachRow(connection, constraints, row -> readConstraint(schema, row));
      CatalogQuery.forEachRow(connection, indexes, row -> readIndex(schema, row));
      CatalogQuery.forEachRow(connection, checks, row -> readCheck(schema, row));
      readSequences(connection, schema);
    } catch (SQLException e) {
      throw CatalogQuery.failure(dialect.name(), catalog, e);
    }
    finish(schema);
    return schema.build();
  }

  @Override
  public final CheckSpellings spellChecks(Connection connection, List<TableDef> tables) {
    try {
      return checkProbe().spell(connection, tables);
    } catch (SQLException e) {
      throw new RetortException(ErrorCode.DATABASE_ERROR, "Comparing CHECK constraints on the " + dialect.name()
          + " database failed: " + e.getMessage() + ". Retort lets the database spell the entities' checks in"
          + " temporary tables that vanish with the connection; nothing was changed. Check that the connected"
          + " user may create temporary tables, or leave the tables with checks out with --exclude.", e);
    }
  }

  /** How this database is asked to spell CHECK expressions. */
  abstract CheckProbe checkProbe();

  abstract void readColumn(SchemaAssembly schema, ResultSet row) throws SQLException;

  abstract void readConstraint(SchemaAssembly schema, ResultSet row) throws SQLException;

  abstract void readIndex(SchemaAssembly schema, ResultSet row) throws SQLException;

  /** A check row: table name, constraint name and the expression as the database stores it, in that order. */
  void readCheck(SchemaAssembly schema, ResultSet row) throws SQLException {
    TableAssembly table = schema.table(dialect.canonicalName(row.getString(1)));
    if (table != null) {
      table.check(dialect.canonicalName(row.getString(2)), row.getString(3));
    }
  }

  /** Every sequence of the schema, in a fixed number of queries; not those behind identity columns. */
  abstract void readSequences(Connection connection, SchemaAssembly schema) throws SQLException;

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
   * A constraint row in information_schema's shape: TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE,
   * ORDINAL_POSITION, COLUMN_NAME, REFERENCED_TABLE, REFERENCED_COLUMN, DELETE_RULE.
   */
  final void readStandardConstraint(SchemaAssembly schema, ResultSet row, boolean primaryKeyNamed)
      throws SQLException {
    TableAssembly table = schema.table(name(row, "TABLE_NAME"));
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
          name(row, "REFERENCED_TABLE"), name(row, "REFERENCED_COLUMN"),
          SchemaAssembly.deleteRule(row.getString("DELETE_RULE")));
      default -> throw new IllegalStateException("unexpected constraint " + row.getString("CONSTRAINT_TYPE"));
    }
  }
}
