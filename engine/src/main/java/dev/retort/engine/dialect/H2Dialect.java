package dev.retort.engine.dialect;

import dev.retort.engine.op.AddPrimaryKey;
import dev.retort.engine.op.DropPrimaryKey;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.schema.QualifiedName;
import java.util.List;
import java.util.Locale;

/**
 * H2: unquoted names are stored in upper case, so canonical lower-case names are quoted upper-cased and
 * meet Hibernate's unquoted SQL. DDL commits at once.
 */
public final class H2Dialect extends AbstractSqlDialect {
  public H2Dialect() {
    super(new H2Types(), H2Ddl::new, true);
  }

  @Override
  public String name() {
    return "H2";
  }

  @Override
  public String quote(String canonicalName) {
    boolean folded = canonicalName.equals(canonicalName.toLowerCase(Locale.ROOT));
    return quoteWith(folded ? canonicalName.toUpperCase(Locale.ROOT) : canonicalName, '"');
  }

  @Override
  public String canonicalName(String storedName) {
    boolean folded = storedName.equals(storedName.toUpperCase(Locale.ROOT));
    return folded ? storedName.toLowerCase(Locale.ROOT) : storedName;
  }

  @Override
  public String storedName(String canonicalName) {
    boolean folded = canonicalName.equals(canonicalName.toLowerCase(Locale.ROOT));
    return folded ? canonicalName.toUpperCase(Locale.ROOT) : canonicalName;
  }

  @Override
  public String unquotedName(String name) {
    // H2 stores an unquoted name upper-cased: größe becomes GRÖSSE, read back as grösse
    return name.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  /** H2 names an unnamed key {@code CONSTRAINT_} and a hexadecimal number; a name of its creator's is kept. */
  @Override
  public boolean primaryKeyNameMatters(String table, String name) {
    return !name.matches("(?i)constraint_[0-9a-f]+");
  }

  @Override
  public ForeignKeyIndexes foreignKeyIndexes() {
    return ForeignKeyIndexes.ADOPTED;
  }

  @Override
  public boolean foreignKeyNamesPerSchema() {
    return true;
  }

  @Override
  public boolean checkNamesPerSchema() {
    return true;
  }

  /** H2 has no IF NOT EXISTS for an unnamed primary key: the catalog tells whether the table has one. */
  @Override
  public List<Rerun> toRerunSql(SchemaOp op) {
    List<Rerun> statements = super.toRerunSql(op);
    if (op instanceof AddPrimaryKey add && add.primaryKey().name() == null) {
      return List.of(new Rerun(statements.get(0).sql(), primaryKeyQuery(add.table())));
    }
    if (op instanceof DropPrimaryKey drop && drop.primaryKey().name() == null) {
      return List.of(new Rerun(statements.get(0).sql(), "SELECT 1 WHERE NOT EXISTS (" + primaryKeyQuery(drop.table())
          + ")"));
    }
    return statements;
  }

  private String primaryKeyQuery(String table) {
    QualifiedName name = QualifiedName.parse(table);
    String schema = name.schema() == null ? "CURRENT_SCHEMA" : stringLiteral(storedName(name.schema()));
    return "SELECT 1 FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE CONSTRAINT_TYPE = 'PRIMARY KEY'"
        + " AND TABLE_SCHEMA = " + schema + " AND TABLE_NAME = " + stringLiteral(storedName(name.name()));
  }

  /**
   * H2 rebuilds a table under a working name, {@code <table>_COPY_<session>_<n>}, and its file can keep that
   * copy when the process dies during the statement: a copy whose table still exists is left over.
   */
  @Override
  public String leftoversQuery() {
    String copy = "'_COPY_[0-9]+_[0-9]+$'";
    return "SELECT 'DROP TABLE ' || QUOTE_IDENT(c.TABLE_SCHEMA) || '.' || QUOTE_IDENT(c.TABLE_NAME)"
        + " FROM INFORMATION_SCHEMA.TABLES c WHERE c.TABLE_TYPE = 'BASE TABLE' AND REGEXP_LIKE(c.TABLE_NAME, " + copy
        + ") AND EXISTS (SELECT 1 FROM INFORMATION_SCHEMA.TABLES t WHERE t.TABLE_SCHEMA = c.TABLE_SCHEMA"
        + " AND t.TABLE_NAME = REGEXP_REPLACE(c.TABLE_NAME, " + copy + ", '')) ORDER BY 1";
  }

  @Override
  public boolean transactionalDdl() {
    return false;
  }

  @Override
  public String upsert(String table, String key, List<String> columns, List<List<String>> rows) {
    return "MERGE INTO " + quote(table) + " " + columnList(columns) + " KEY (" + quote(key) + ") "
        + valueLists(rows);
  }

  @Override
  public String tableExistsQuery() {
    return "SELECT 1 FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_NAME = ? AND TABLE_TYPE = 'BASE TABLE'";
  }
}
