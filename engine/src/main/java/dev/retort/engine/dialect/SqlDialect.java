package dev.retort.engine.dialect;

import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.schema.ColumnType;
import dev.retort.engine.schema.ReferentialAction;
import java.util.List;

/** What the engine needs to know about one database. Implementations are stateless. */
public interface SqlDialect {

  /** The database's product name as users know it: {@code PostgreSQL}, {@code H2}, {@code MariaDB}. */
  String name();

  /** A canonical identifier quoted for this database, with embedded quote characters escaped. */
  String quote(String canonicalName);

  /**
   * A table or sequence reference ({@code billing.invoices} or {@code invoices}, see {@link
   * dev.retort.engine.schema.QualifiedName}) quoted for this database.
   */
  default String quoteQualified(String reference) {
    dev.retort.engine.schema.QualifiedName name = dev.retort.engine.schema.QualifiedName.parse(reference);
    return name.schema() == null ? quote(name.name()) : quote(name.schema()) + "." + quote(name.name());
  }

  /**
   * Whether tables live in schemas of one database (PostgreSQL, H2). MariaDB's schemas are databases, and
   * Hibernate leaves {@code @Table(schema)} out there, so Retort does too.
   */
  default boolean supportsSchemas() {
    return true;
  }

  /** The canonical form of a name as the catalog reports it (H2's {@code PACKAGES} becomes {@code packages}). */
  String canonicalName(String storedName);

  /** The name as the catalog stores it: what {@link #canonicalName} turns back into {@code canonicalName}. */
  default String storedName(String canonicalName) {
    return canonicalName;
  }

  /** The canonical form of a name written without quotes, as an ORM writes it ({@code Packages} on H2: {@code packages}). */
  String unquotedName(String name);

  /**
   * Whether names that differ only in case are one column: on MariaDB, on every platform, {@code DTYPE} and
   * {@code dtype} are the same column (table names are another matter there).
   */
  /**
   * Whether a primary key's catalog name is its creator's, to be kept so that dropping it names it and a
   * downgrade gives it back: on PostgreSQL one other than the {@code <table>_pkey} the database would give
   * (a key named by its creator, or a renamed table's), on H2 one other than its {@code CONSTRAINT_1F}.
   */
  default boolean primaryKeyNameMatters(String table, String name) {
    return false;
  }

  /** What the database does with the index under a foreign key. */
  default ForeignKeyIndexes foreignKeyIndexes() {
    return ForeignKeyIndexes.NONE;
  }

  /** Whether index names (and those of the unique and primary keys behind indexes) are unique per schema. */
  default boolean indexNamesPerSchema() {
    return true;
  }

  /** Whether foreign key names are unique per schema rather than per table. */
  default boolean foreignKeyNamesPerSchema() {
    return false;
  }

  /** Whether CHECK constraint names are unique per schema rather than per table. */
  default boolean checkNamesPerSchema() {
    return false;
  }

  /** The longest identifier in UTF-8 bytes the database keeps whole, or 0 for no limit that matters. */
  default int maxIdentifierBytes() {
    return 0;
  }

  /**
   * The name under which the database stores an identifier it is given: PostgreSQL cuts one longer than
   * {@link #maxIdentifierBytes()} at that many bytes (at a character boundary) and goes on.
   */
  default String storedLength(String identifier) {
    return identifier;
  }

  default boolean columnNamesIgnoreCase() {
    return false;
  }

  /** The DDL spelling of a type: {@code varchar(255)}, {@code timestamp(6)}, {@code bigint}. */
  String typeSql(ColumnType type);

  /**
   * The portable type for a DDL or catalog spelling of this database, accepting its synonyms
   * ({@code int8}, {@code character varying(20)}, {@code CHARACTER LARGE OBJECT}). Unknown names become
   * {@link dev.retort.engine.schema.TypeKind#OTHER} with the name as given (lower-cased where the database
   * is case-insensitive). {@code parseType(typeSql(t))} equals {@code t}.
   */
  ColumnType parseType(String sqlType);

  /**
   * The delete action as this database means it: MariaDB reports RESTRICT for a key created without an
   * action and treats it exactly like NO ACTION, so both are NO_ACTION there.
   */
  default ReferentialAction canonicalAction(ReferentialAction action) {
    return action;
  }

  /** The statements that carry out one operation, in order, without trailing semicolons. */
  List<String> toSql(SchemaOp op);

  /**
   * The statements of {@link #toSql}, one for one, as they run again after a run that was killed or lost its
   * connection while one of them ran, on a database whose DDL commits at once: in forms that do nothing where
   * the statement already took effect ({@code IF NOT EXISTS}, {@code IF EXISTS}). Statements that can run
   * twice with the same result (a column's new type, a comment) are as they are.
   */
  default List<Rerun> toRerunSql(SchemaOp op) {
    return toSql(op).stream().map(sql -> new Rerun(sql, null)).toList();
  }

  /**
   * A query whose rows are statements that remove what the database itself leaves behind when the process
   * running a statement dies part-way (H2 keeps the working copy of a table it was rebuilding), run before a
   * killed run resumes; null where a database leaves nothing.
   */
  default String leftoversQuery() {
    return null;
  }

  /**
   * A query with one parameter, a table's stored name, that has a row when the connection's current schema
   * holds that table; null where only JDBC's metadata can tell (a slower query on every database).
   */
  default String tableExistsQuery() {
    return null;
  }

  /**
   * The statement that makes each later lock wait of the session fail after {@code timeout}, or null where
   * Retort leaves the database's own setting (H2, MariaDB).
   */
  default String setLockTimeout(java.time.Duration timeout) {
    return null;
  }

  /** The statement that undoes {@link #setLockTimeout}, or null where there is none. */
  default String resetLockTimeout() {
    return null;
  }

  /** Whether DDL runs inside a transaction and rolls back with it (PostgreSQL yes; H2 and MariaDB commit). */
  boolean transactionalDdl();

  /**
   * One statement that writes {@code rows} rows of {@code columns} into {@code table}, each replacing the row
   * with the same {@code key} where there is one. {@code rows} holds each row's values as SQL (placeholders,
   * {@code CURRENT_TIMESTAMP}) in the order of {@code columns}; names are canonical and quoted here. One
   * statement commits as one under auto-commit, where a database's DDL commits at once.
   */
  String upsert(String table, String key, List<String> columns, List<List<String>> rows);

  /** A string literal for offline scripts, escaped for this database. */
  String stringLiteral(String value);

  /** Any value {@code insertRows} takes, as a literal for offline scripts. */
  default String literal(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString().toUpperCase(java.util.Locale.ROOT);
    }
    if (value instanceof java.time.LocalDate date) {
      return "DATE '" + date + "'";
    }
    if (value instanceof java.time.LocalDateTime time) {
      return "TIMESTAMP '" + time.toLocalDate() + " " + time.toLocalTime() + "'";
    }
    return stringLiteral(value.toString());
  }
}
