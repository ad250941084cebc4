package dev.retort.autogen.introspect;

import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.ColumnType;
import dev.retort.engine.schema.ForeignKeyDef;
import dev.retort.engine.schema.IndexDef;
import dev.retort.engine.schema.SequenceDef;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the base tables of {@code DATABASE()} from {@code information_schema} in four queries: columns,
 * constraints, indexes, checks. CHECK expressions are kept as MariaDB prints them ({@code `qty` >= 1}); a
 * column-level check is named after its column. A {@code json} column is stored as {@code longtext} with a
 * column check {@code json_valid(`column`)} MariaDB adds by itself: it is read back as a JSON column
 * without that check.
 *
 * <p>A column-level check (as Hibernate's own export writes column checks) is part of its column on MariaDB:
 * redefining the column drops it, and {@code DROP CONSTRAINT} cannot. Such a check is read with the column
 * it lives in ({@link dev.retort.engine.schema.CheckDef#inColumn()}), so that it is dropped by redefining
 * the column and put back the same way.
 *
 * <p>MariaDB has no name for a primary key (every one is {@code PRIMARY}), so the model's is null. A unique
 * constraint is a unique index, and {@code CREATE UNIQUE INDEX} is listed as a UNIQUE constraint too: both
 * become {@link dev.retort.engine.schema.UniqueDef}s.
 *
 * <p>InnoDB needs an index whose leading columns are a foreign key's columns; when none exists it creates one,
 * named after the constraint, or, for a constraint without a name ({@code <table>_ibfk_<n>}), after the first
 * column ({@code _2}, {@code _3} appended on a clash), and drops it silently once another index can serve.
 * An index is taken to be such an implicit one, and left out, when it is not unique, its columns are exactly
 * the foreign key's in order, and its name is the one InnoDB would have given it. An index the user made under
 * another name is kept even when a foreign key uses it; one the user gave exactly that name and those columns
 * cannot be told apart and is left out too (dropping the foreign key drops it as well in the MariaDB DDL).
 *
 * <p>Sequences: {@code information_schema} lists them as tables of type {@code SEQUENCE} but holds none of
 * their values, which only a {@code SELECT} from each sequence returns. They are read in two queries
 * whatever their number: the names, then one {@code UNION ALL} of every sequence the filter includes.
 */
public final class MariaDbIntrospector extends CatalogIntrospector {

  private static final String COLUMNS = """
      SELECT c.TABLE_NAME, c.ORDINAL_POSITION, c.COLUMN_NAME, c.COLUMN_TYPE, c.IS_NULLABLE,
             c.COLUMN_DEFAULT, c.EXTRA, c.COLUMN_COMMENT, t.TABLE_COMMENT,
             CASE WHEN c.IS_GENERATED = 'ALWAYS' THEN c.GENERATION_EXPRESSION END AS GENERATION_EXPRESSION
      FROM information_schema.COLUMNS c
      JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
      WHERE c.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED')
      """;

  // constraint names are unique per table, not per schema
  private static final String CONSTRAINTS = """
      SELECT tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, k.ORDINAL_POSITION,
             k.COLUMN_NAME, k.REFERENCED_TABLE_SCHEMA AS REFERENCED_SCHEMA, k.REFERENCED_TABLE_NAME AS REFERENCED_TABLE, k.REFERENCED_COLUMN_NAME AS REFERENCED_COLUMN,
             rc.DELETE_RULE
      FROM information_schema.TABLE_CONSTRAINTS tc
      JOIN information_schema.KEY_COLUMN_USAGE k
        ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND k.TABLE_NAME = tc.TABLE_NAME
       AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
      LEFT JOIN information_schema.REFERENTIAL_CONSTRAINTS rc
        ON rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND rc.TABLE_NAME = tc.TABLE_NAME
       AND rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
      WHERE tc.TABLE_SCHEMA = DATABASE() AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')
      """;

  private static final String INDEXES = """
      SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, SEQ_IN_INDEX, COLUMN_NAME, COLLATION, SUB_PART
      FROM information_schema.STATISTICS
      WHERE TABLE_SCHEMA = DATABASE() AND INDEX_NAME <> 'PRIMARY' AND INDEX_TYPE = 'BTREE'
      """;

  // what the model cannot hold: a FULLTEXT, SPATIAL or HASH index
  private static final String LEFT_ALONE = """
      SELECT DISTINCT NULL, TABLE_NAME, CONCAT('index ', INDEX_NAME), CONCAT('a ', LOWER(INDEX_TYPE), ' index')
      FROM information_schema.STATISTICS
      WHERE TABLE_SCHEMA = DATABASE() AND INDEX_NAME <> 'PRIMARY' AND INDEX_TYPE <> 'BTREE'
      ORDER BY 2, 3
      """;

  private static final String CHECKS = """
      SELECT CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE, LEVEL
      FROM information_schema.CHECK_CONSTRAINTS
      WHERE CONSTRAINT_SCHEMA = DATABASE()
      """;

  private static final String SEQUENCE_NAMES = """
      SELECT TABLE_NAME
      FROM information_schema.TABLES
      WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'SEQUENCE'
      ORDER BY TABLE_NAME
      """;

  private static final Pattern UNNAMED_FOREIGN_KEY = Pattern.compile(".+_ibfk_\\d+");

  public MariaDbIntrospector(SqlDialect dialect) {
    super(dialect, "information_schema", COLUMNS, CONSTRAINTS, INDEXES, CHECKS);
  }

  /** Leaves out the indexes InnoDB made behind foreign keys; JSON columns come back as JSON. */
  @Override
  void finish(SchemaAssembly schema) {
    for (TableAssembly table : schema.tables()) {
      List<ForeignKeyDef> foreignKeys = table.foreignKeys();
      table.removeIndexesIf(index -> foreignKeys.stream().anyMatch(fk -> isImplicitIndex(index, fk)));
      table.foldJsonChecks(dialect::quote);
    }
  }

  /** Whether InnoDB created {@code index} for {@code foreignKey}: see the class comment. */
  static boolean isImplicitIndex(IndexDef index, ForeignKeyDef foreignKey) {
    if (index.unique() || !index.columns().equals(foreignKey.columns())) {
      return false;
    }
    if (!UNNAMED_FOREIGN_KEY.matcher(foreignKey.name()).matches()) {
      return index.name().equalsIgnoreCase(foreignKey.name());
    }
    String firstColumn = foreignKey.columns().get(0);
    return index.name().equalsIgnoreCase(firstColumn)
        || index.name().toLowerCase(Locale.ROOT).matches(
            Pattern.quote(firstColumn.toLowerCase(Locale.ROOT)) + "_\\d+");
  }

  @Override
  String leftAloneQuery() {
    return LEFT_ALONE;
  }

  @Override
  ExpressionProbe expressionProbe() {
    return new MariaDbExpressionProbe(dialect);
  }

  @Override
  void readColumn(SchemaAssembly schema, ResultSet row) throws SQLException {
    boolean nullable = row.getString("IS_NULLABLE").equals("YES");
    boolean autoIncrement = row.getString("EXTRA").toLowerCase(Locale.ROOT).contains("auto_increment");
    ColumnType type = dialect.parseType(row.getString("COLUMN_TYPE"));
    ColumnDef column = new ColumnDef(
        name(row, "COLUMN_NAME"),
        type,
        nullable,
        DefaultExpressions.mariaDb(row.getString("COLUMN_DEFAULT"), type),
        !nullable && autoIncrement,
        comment(row.getString("COLUMN_COMMENT")),
        row.getString("GENERATION_EXPRESSION"));
    schema.column(name(row, "TABLE_NAME"), row.getInt("ORDINAL_POSITION"), column);
    tableComment(schema, name(row, "TABLE_NAME"), row.getString("TABLE_COMMENT"));
  }

  @Override
  void readConstraint(SchemaAssembly schema, ResultSet row) throws SQLException {
    // MariaDB calls every primary key PRIMARY
    readStandardConstraint(schema, row, false);
  }

  /** A column-level check is named after its column and kept in its definition. */
  @Override
  void readCheck(SchemaAssembly schema, ResultSet row) throws SQLException {
    super.readCheck(schema, row);
    TableAssembly table = schema.table(name(row, "TABLE_NAME"));
    if (table != null && "Column".equals(row.getString("LEVEL"))) {
      table.keepInColumn(name(row, "CONSTRAINT_NAME"));
    }
  }

  @Override
  void readIndex(SchemaAssembly schema, ResultSet row) throws SQLException {
    TableAssembly table = schema.table(name(row, "TABLE_NAME"));
    String index = name(row, "INDEX_NAME");
    // a unique index listed as a UNIQUE constraint is already a UniqueDef
    if (table != null && !table.hasUnique(index)) {
      table.indexColumn(index, row.getInt("NON_UNIQUE") == 0, row.getInt("SEQ_IN_INDEX"),
          name(row, "COLUMN_NAME"), "D".equals(row.getString("COLLATION")), row.getObject("SUB_PART", Integer.class));
    }
  }

  @Override
  void readSequences(Connection connection, SchemaAssembly schema, Array schemas) throws SQLException {
    List<String> names = new ArrayList<>();
    CatalogQuery.forEachRow(connection, SEQUENCE_NAMES, row -> {
      if (schema.includes(name(row, "TABLE_NAME"))) {
        names.add(name(row, "TABLE_NAME"));
      }
    });
    if (names.isEmpty()) {
      return;
    }
    // each name is bound as a value and quoted as an identifier, never spliced in as written
    String values = names.stream()
        .map(n -> "SELECT ? AS SEQUENCE_NAME, start_value, increment FROM " + dialect.quote(n))
        .collect(Collectors.joining(" UNION ALL "));
    CatalogQuery.forEachRow(connection, values, names, row -> schema.sequence(new SequenceDef(
        name(row, "SEQUENCE_NAME"), row.getLong("start_value"), row.getLong("increment"))));
  }
}
