package dev.retort.engine.dialect;

import dev.retort.engine.op.CreateIndex;
import dev.retort.engine.op.DropIndex;
import dev.retort.engine.op.OutsideTransaction;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.schema.QualifiedName;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** PostgreSQL: double-quoted identifiers, lower-case folding, transactional DDL. */
public final class PostgresDialect extends AbstractSqlDialect {
  /** The IF NOT EXISTS and IF EXISTS forms, for the index statements that run outside the transaction. */
  private final PostgresDdl indexReruns;

  public PostgresDialect() {
    super(new PostgresTypes(), PostgresDdl::new, false);
    this.indexReruns = new PostgresDdl(this, true);
  }

  /**
   * DDL in a transaction rolls back whole, so only what runs outside one needs a rerun form: a concurrent
   * index build that failed or was cancelled leaves an INVALID index of that name behind, which is dropped
   * before the build runs again; an index built or dropped already is left as it is.
   */
  @Override
  public List<Rerun> toRerunSql(SchemaOp op) {
    SchemaOp inner = op instanceof OutsideTransaction outside ? outside.operation() : op;
    if (inner instanceof CreateIndex create && create.concurrently()) {
      String index = quoteQualified(QualifiedName.parse(create.table()).sibling(create.index().name()));
      String leftover = "SELECT 1 FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid"
          + " WHERE NOT i.indisvalid AND c.relname = " + stringLiteral(create.index().name())
          + " AND i.indrelid = to_regclass(" + stringLiteral(quoteQualified(create.table())) + ")";
      return List.of(new Rerun(inner.accept(indexReruns).get(0), null, leftover,
          "DROP INDEX CONCURRENTLY IF EXISTS " + index));
    }
    if (inner instanceof DropIndex drop && drop.concurrently()) {
      return List.of(new Rerun(inner.accept(indexReruns).get(0), null));
    }
    return super.toRerunSql(op);
  }

  /** Whole seconds where it is some, so scripts read {@code '2s'}. */
  @Override
  public String setLockTimeout(Duration timeout) {
    long millis = timeout.toMillis();
    return "SET lock_timeout = '" + (millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms") + "'";
  }

  @Override
  public String resetLockTimeout() {
    return "RESET lock_timeout";
  }

  @Override
  public String name() {
    return "PostgreSQL";
  }

  @Override
  public String quote(String canonicalName) {
    return quoteWith(canonicalName, '"');
  }

  @Override
  public String canonicalName(String storedName) {
    return storedName;
  }

  @Override
  public String unquotedName(String name) {
    // PostgreSQL folds only ASCII letters of an unquoted name in a multi-byte encoding
    StringBuilder folded = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    return folded.toString();
  }

  @Override
  public boolean primaryKeyNameMatters(String table, String name) {
    return !name.equals(storedLength(table + "_pkey"));
  }

  @Override
  public int maxIdentifierBytes() {
    return 63;
  }

  @Override
  public String storedLength(String identifier) {
    if (asciiWithin(identifier, 63)) {
      return identifier;
    }
    byte[] bytes = identifier.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= 63) {
      return identifier;
    }
    int end = 63;
    while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
      end--; // never cut inside a character
    }
    return new String(bytes, 0, end, StandardCharsets.UTF_8);
  }

  /** Most names: a byte per character and short enough, which needs no encoding to tell. */
  private static boolean asciiWithin(String identifier, int bytes) {
    if (identifier.length() > bytes) {
      return false;
    }
    for (int i = 0; i < identifier.length(); i++) {
      if (identifier.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean transactionalDdl() {
    return true;
  }

  @Override
  public String upsert(String table, String key, List<String> columns, List<List<String>> rows) {
    return insert(table, columns, rows) + " ON CONFLICT (" + quote(key) + ") DO UPDATE SET "
        + assignments(key, columns, c -> "EXCLUDED." + quote(c));
  }

  /**
   * With a backslash, the escape form: a server running with {@code standard_conforming_strings=off} reads
   * backslashes in a plain literal as escapes, so {@code \'} would end the string.
   */
  @Override
  public String stringLiteral(String value) {
    String quoted = "'" + value.replace("'", "''") + "'";
    return value.indexOf('\\') < 0 ? quoted : "E" + quoted.replace("\\", "\\\\");
  }

  @Override
  public String tableExistsQuery() {
    return "SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = ?";
  }
}
