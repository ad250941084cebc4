package dev.retort.autogen.introspect;

import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.ReferentialAction;
import dev.retort.engine.schema.SequenceDef;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads the tables of the connection's schema, and of the named schemas asked for, from {@code pg_catalog}
 * in five queries: columns, constraints, indexes, checks, sequences. Partitions are left out (their
 * partitioned parent is the table), and so are exclusion constraints, which the model does not hold, and
 * indexes on expressions, with a {@code WHERE} clause or of another kind than btree (hash, GIN, GiST, BRIN),
 * which it cannot ({@link #leftAlone} names them).
 * CHECK expressions and computed columns are kept as {@code pg_get_expr} prints them. Covering indexes are
 * reported with their key columns only.
 *
 * <p>An identity column ({@code attidentity}) and a serial column (a {@code nextval} default of a sequence the
 * column owns) are both identity columns without a default. Primary key, unique and exclusion constraints
 * bring an index of their own; it is the constraint's and is not listed among the indexes.
 *
 * <p>Sequences come from {@code pg_sequence}. A sequence a column owns (an identity
 * column's, a serial column's, or one given {@code OWNED BY}) is part of that column and is left out.
 */
public final class PostgresIntrospector extends CatalogIntrospector {

  // generation expressions of generated columns also live in pg_attrdef: they are no defaults
  private static final String COLUMNS = """
      SELECT n.nspname, c.relname, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod) AS column_type,
             a.attnotnull, a.attidentity <> '' AS is_identity,
             CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END AS default_expression,
             CASE WHEN a.attgenerated = 's' THEN pg_get_expr(d.adbin, d.adrelid) END AS generation_expression,
             EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep
                     JOIN pg_catalog.pg_class s ON s.oid = dep.objid AND s.relkind = 'S'
                     WHERE dep.classid = 'pg_catalog.pg_class'::regclass AND dep.refobjid = c.oid
                       AND dep.refobjsubid = a.attnum AND dep.deptype IN ('a', 'i')) AS owns_sequence,
             col_description(c.oid, a.attnum) AS column_comment, obj_description(c.oid, 'pg_class') AS table_comment
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE n.nspname = ANY (?) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      """;

  private static final String CONSTRAINTS = """
      SELECT n.nspname, c.relname, con.conname, con.contype, k.key_position, a.attname,
             fn.nspname AS referenced_schema, fc.relname AS referenced_table, fa.attname AS referenced_column,
             con.confdeltype
      FROM pg_catalog.pg_constraint con
      JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, key_position)
      JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
      LEFT JOIN pg_catalog.pg_class fc ON fc.oid = con.confrelid
      LEFT JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace
      LEFT JOIN pg_catalog.pg_attribute fa
        ON fa.attrelid = con.confrelid AND fa.attnum = con.confkey[k.key_position]
      WHERE n.nspname = ANY (?) AND con.contype IN ('p', 'u', 'f')
      """;

  // an index behind a primary key, unique or exclusion constraint is the constraint's, not a user's; an
  // INVALID one (what a failed CREATE INDEX CONCURRENTLY leaves) is missing, so autogen builds it again
  private static final String INDEXES = """
      SELECT n.nspname, t.relname, ic.relname AS index_name, i.indisunique, k.key_position, a.attname,
             (i.indoption[k.key_position - 1] & 1) = 1 AS descending
      FROM pg_catalog.pg_index i
      JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
      JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
      JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
      CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, key_position)
      JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
      WHERE n.nspname = ANY (?) AND k.key_position <= i.indnkeyatts AND i.indisvalid
        AND i.indexprs IS NULL AND i.indpred IS NULL
        AND ic.relam = (SELECT oid FROM pg_catalog.pg_am WHERE amname = 'btree')
        AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con
                        WHERE con.conrelid = i.indrelid AND con.conindid = i.indexrelid
                          AND con.contype IN ('p', 'u', 'x'))
      """;

  // pg_get_expr is also how PostgresExpressionProbe reads the probe's checks: both sides in one spelling
  static final String CHECKS = """
      SELECT n.nspname, c.relname, con.conname, pg_get_expr(con.conbin, con.conrelid) AS expression
      FROM pg_catalog.pg_constraint con
      JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ANY (?) AND con.contype = 'c'
      """;

  // deptype 'i' ties a sequence to an identity column, 'a' to a serial column (or OWNED BY)
  private static final String SEQUENCES = """
      SELECT n.nspname, s.relname, q.seqstart, q.seqincrement
      FROM pg_catalog.pg_class s
      JOIN pg_catalog.pg_namespace n ON n.oid = s.relnamespace
      JOIN pg_catalog.pg_sequence q ON q.seqrelid = s.oid
      WHERE n.nspname = ANY (?) AND s.relkind = 'S'
        AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep
                        WHERE dep.classid = 'pg_catalog.pg_class'::regclass AND dep.objid = s.oid
                          AND dep.deptype IN ('a', 'i'))
      """;

  // what the model cannot hold: indexes on expressions, with a predicate or of another kind than btree (a
  // hash or GIN index dropped and made again would come back a btree one), exclusion constraints
  private static final String LEFT_ALONE = """
      SELECT n.nspname, t.relname, 'index ' || ic.relname AS what,
             CASE WHEN i.indexprs IS NOT NULL THEN 'an index on an expression'
                  WHEN i.indpred IS NOT NULL THEN 'an index with a WHERE clause'
                  ELSE 'a ' || am.amname || ' index' END AS why
      FROM pg_catalog.pg_index i
      JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
      JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
      JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
      JOIN pg_catalog.pg_am am ON am.oid = ic.relam
      WHERE n.nspname = ANY (?) AND t.relkind IN ('r', 'p')
        AND (i.indexprs IS NOT NULL OR i.indpred IS NOT NULL OR am.amname <> 'btree')
        AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con
                        WHERE con.conrelid = i.indrelid AND con.conindid = i.indexrelid)
      UNION ALL
      SELECT n.nspname, c.relname, 'exclusion constraint ' || con.conname, 'an exclusion constraint'
      FROM pg_catalog.pg_constraint con
      JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ANY (?) AND con.contype = 'x'
      ORDER BY 1, 2, 3
      """;

  public PostgresIntrospector(SqlDialect dialect) {
    super(dialect, "pg_catalog", COLUMNS, CONSTRAINTS, INDEXES, CHECKS);
  }

  @Override
  ExpressionProbe expressionProbe() {
    return new PostgresExpressionProbe(dialect);
  }

  @Override
  void readColumn(SchemaAssembly schema, ResultSet row) throws SQLException {
    String expression = row.getString("default_expression");
    boolean notNull = row.getBoolean("attnotnull");
    boolean serial = DefaultExpressions.isPostgresSerial(expression, row.getBoolean("owns_sequence"));
    boolean identity = notNull && (row.getBoolean("is_identity") || serial);
    ColumnDef column = new ColumnDef(
        name(row, "attname"),
        dialect.parseType(row.getString("column_type")),
        !notNull,
        serial ? null : DefaultExpressions.postgres(expression),
        identity,
        comment(row.getString("column_comment")),
        row.getString("generation_expression"));
    String table = qualified(schema, row, "nspname", "relname");
    schema.column(table, row.getInt("attnum"), column);
    tableComment(schema, table, row.getString("table_comment"));
  }

  @Override
  void readConstraint(SchemaAssembly schema, ResultSet row) throws SQLException {
    TableAssembly table = schema.table(qualified(schema, row, "nspname", "relname"));
    if (table == null) {
      return;
    }
    String constraint = name(row, "conname");
    int position = row.getInt("key_position");
    String column = name(row, "attname");
    switch (row.getString("contype")) {
      case "p" -> table.primaryKeyColumn(constraint, position, column);
      case "u" -> table.uniqueColumn(constraint, position, column);
      case "f" -> table.foreignKeyColumn(constraint, position, column,
          qualified(schema, row, "referenced_schema", "referenced_table"),
          name(row, "referenced_column"), deleteAction(row.getString("confdeltype")));
      default -> throw new IllegalStateException("unexpected constraint type " + row.getString("contype"));
    }
  }

  @Override
  void readIndex(SchemaAssembly schema, ResultSet row) throws SQLException {
    TableAssembly table = schema.table(qualified(schema, row, "nspname", "relname"));
    if (table != null) {
      table.indexColumn(name(row, "index_name"), row.getBoolean("indisunique"), row.getInt("key_position"),
          name(row, "attname"), row.getBoolean("descending"));
    }
  }

  @Override
  void readSequences(Connection connection, SchemaAssembly schema, Array schemas) throws SQLException {
    CatalogQuery.forEachRow(connection, SEQUENCES, schemas, row -> schema.sequence(new SequenceDef(
        qualified(schema, row, "nspname", "relname"), row.getLong("seqstart"), row.getLong("seqincrement"))));
  }

  @Override
  String leftAloneQuery() {
    return LEFT_ALONE;
  }

  @Override
  String schemasQuery() {
    return "SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname = ANY (?)";
  }

  /** {@code pg_constraint.confdeltype}. */
  private static ReferentialAction deleteAction(String code) {
    return switch (code) {
      case "a" -> ReferentialAction.NO_ACTION;
      case "r" -> ReferentialAction.RESTRICT;
      case "c" -> ReferentialAction.CASCADE;
      case "n" -> ReferentialAction.SET_NULL;
      case "d" -> ReferentialAction.SET_DEFAULT;
      default -> throw new IllegalStateException("unknown pg_constraint.confdeltype " + code);
    };
  }
}
