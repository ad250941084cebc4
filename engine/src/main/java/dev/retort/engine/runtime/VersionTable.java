package dev.retort.engine.runtime;

import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.op.CreateTable;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.ColumnType;
import dev.retort.engine.schema.PrimaryKeyDef;
import dev.retort.engine.schema.TableDef;
import dev.retort.engine.schema.TypeKind;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code retort_version} table: one row per applied revision. Created through the dialect like any
 * other table, so the offline script and the online run agree.
 */
public final class VersionTable {
  public static final String NAME = "retort_version";
  private static final int MESSAGE_LENGTH = 500;

  private final SqlDialect dialect;
  /** The statement of {@link #completeAndStart}, made once: it runs once per migration. */
  private final String completeAndStartSql;

  public VersionTable(SqlDialect dialect) {
    this.dialect = dialect;
    List<String> row = List.of("?", "?", "?", "CURRENT_TIMESTAMP", "?");
    this.completeAndStartSql = dialect.upsert(NAME, "revision",
        List.of("revision", "checksum", "message", "applied_at", "progress"), List.of(row, row));
  }

  public static TableDef definition() {
    return new TableDef(NAME, List.of(
        ColumnDef.of("revision", ColumnType.sized(TypeKind.VARCHAR, 64)).notNull(),
        ColumnDef.of("checksum", ColumnType.sized(TypeKind.VARCHAR, 64)).notNull(),
        ColumnDef.of("message", ColumnType.sized(TypeKind.VARCHAR, MESSAGE_LENGTH)),
        ColumnDef.of("applied_at", ColumnType.temporal(TypeKind.TIMESTAMP, 6)).notNull(),
        ColumnDef.of("progress", ColumnType.sized(TypeKind.VARCHAR, 80))),
        new PrimaryKeyDef(null, List.of("revision")), List.of(), List.of(), List.of());
  }

  public List<String> createStatements() {
    return dialect.toSql(new CreateTable(definition()));
  }

  public boolean exists(Connection connection) throws SQLException {
    String query = dialect.tableExistsQuery();
    if (query != null) {
      try (PreparedStatement lookup = connection.prepareStatement(query)) {
        lookup.setString(1, dialect.storedName(NAME));
        try (ResultSet found = lookup.executeQuery()) {
          return found.next();
        }
      }
    }
    DatabaseMetaData meta = connection.getMetaData();
    try (ResultSet tables = meta.getTables(connection.getCatalog(), connection.getSchema(), null,
        new String[] {"TABLE"})) {
      while (tables.next()) {
        if (dialect.canonicalName(tables.getString("TABLE_NAME")).equals(NAME)) {
          return true;
        }
      }
    }
    return false;
  }

  public void createIfMissing(Connection connection) throws SQLException {
    if (!exists(connection)) {
      try (Statement statement = connection.createStatement()) {
        for (String sql : createStatements()) {
          statement.execute(sql);
        }
      }
    }
  }

  /** Applied revisions in the order they were applied; empty when the table does not exist yet. */
  public List<AppliedRevision> read(Connection connection) throws SQLException {
    List<AppliedRevision> applied = new ArrayList<>();
    if (!exists(connection)) {
      return applied;
    }
    String sql = "SELECT " + q("revision") + ", " + q("checksum") + ", " + q("applied_at") + ", " + q("progress")
        + " FROM " + q(NAME)
        + " ORDER BY " + q("applied_at") + ", " + q("revision");
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        Timestamp at = rows.getTimestamp(3);
        applied.add(new AppliedRevision(rows.getString(1), rows.getString(2), at == null ? null : at.toInstant(),
            rows.getString(4)));
      }
    }
    return applied;
  }

  public void insert(Connection connection, LoadedMigration migration) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(insertSql("?", "?", "?"))) {
      insert.setString(1, migration.info().id());
      insert.setString(2, migration.checksum());
      insert.setString(3, message(migration));
      insert.executeUpdate();
    }
  }

  /**
   * Inserts a completed migration's row and commits the migration's transaction in one round trip: the two
   * statements reach the server together, and it skips the {@code COMMIT} when the insert fails, which
   * leaves the transaction for the caller to roll back. Only for a database with transactional DDL, inside a
   * transaction.
   */
  public void insertAndCommit(Connection connection, LoadedMigration migration) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(insertSql("?", "?", "?") + "; COMMIT")) {
      insert.setString(1, migration.info().id());
      insert.setString(2, migration.checksum());
      insert.setString(3, message(migration));
      insert.execute();
    }
  }

  /** Updates how far a migration got whose row {@link #recordProgress} made. */
  public void updateProgress(Connection connection, String revision, String progress) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement("UPDATE " + q(NAME) + " SET " + q("progress")
        + " = ? WHERE " + q("revision") + " = ?")) {
      update.setString(1, progress);
      update.setString(2, revision);
      update.executeUpdate();
    }
  }

  /** Turns a migration's progress row into the row of a completed migration. */
  public void complete(Connection connection, LoadedMigration migration) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement("UPDATE " + q(NAME) + " SET " + q("checksum")
        + " = ?, " + q("message") + " = ?, " + q("applied_at") + " = CURRENT_TIMESTAMP, " + q("progress")
        + " = NULL WHERE " + q("revision") + " = ?")) {
      update.setString(1, migration.checksum());
      update.setString(2, message(migration));
      update.setString(3, migration.info().id());
      update.executeUpdate();
    }
  }

  /**
   * Turns {@code done}'s progress row into a completed one and writes {@code next}'s first progress row, in
   * one statement: under auto-commit one commit, and one round trip, per migration.
   */
  public void completeAndStart(Connection connection, LoadedMigration done, LoadedMigration next, String progress)
      throws SQLException {
    try (PreparedStatement upsert = connection.prepareStatement(completeAndStartSql)) {
      upsert.setString(1, done.info().id());
      upsert.setString(2, done.checksum());
      upsert.setString(3, message(done));
      upsert.setString(4, null);
      upsert.setString(5, next.info().id());
      upsert.setString(6, next.checksum());
      upsert.setString(7, message(next));
      upsert.setString(8, progress);
      upsert.executeUpdate();
    }
  }

  /**
   * Records how far a migration got on a database whose DDL commits at once, for a migration with no row yet
   * (one with a row of an earlier attempt goes through {@link #updateProgress}).
   */
  public void recordProgress(Connection connection, LoadedMigration migration, String progress)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + q(NAME) + " (" + q("revision")
        + ", " + q("checksum") + ", " + q("message") + ", " + q("applied_at") + ", " + q("progress")
        + ") VALUES (?, ?, ?, CURRENT_TIMESTAMP, ?)")) {
      insert.setString(1, migration.info().id());
      insert.setString(2, migration.checksum());
      insert.setString(3, message(migration));
      insert.setString(4, progress);
      insert.executeUpdate();
    }
  }

  public void delete(Connection connection, String revision) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(deleteSql("?"))) {
      delete.setString(1, revision);
      delete.executeUpdate();
    }
  }

  public void updateChecksum(Connection connection, LoadedMigration migration) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement("UPDATE " + q(NAME) + " SET " + q("checksum")
        + " = ? WHERE " + q("revision") + " = ?")) {
      update.setString(1, migration.checksum());
      update.setString(2, migration.info().id());
      update.executeUpdate();
    }
  }

  public void deleteAll(Connection connection) throws SQLException {
    try (Statement delete = connection.createStatement()) {
      delete.executeUpdate("DELETE FROM " + q(NAME));
    }
  }

  /** The insert with literal values, for offline scripts. */
  public String insertLiteral(LoadedMigration migration) {
    return insertSql(dialect.stringLiteral(migration.info().id()), dialect.stringLiteral(migration.checksum()),
        dialect.stringLiteral(message(migration)));
  }

  /** The delete with a literal value, for offline scripts. */
  public String deleteLiteral(String revision) {
    return deleteSql(dialect.stringLiteral(revision));
  }

  private String insertSql(String revision, String checksum, String message) {
    return "INSERT INTO " + q(NAME) + " (" + q("revision") + ", " + q("checksum") + ", " + q("message") + ", "
        + q("applied_at") + ") VALUES (" + revision + ", " + checksum + ", " + message + ", CURRENT_TIMESTAMP)";
  }

  private String deleteSql(String revision) {
    return "DELETE FROM " + q(NAME) + " WHERE " + q("revision") + " = " + revision;
  }

  private static String message(LoadedMigration migration) {
    String message = migration.info().message();
    return message.length() <= MESSAGE_LENGTH ? message : message.substring(0, MESSAGE_LENGTH);
  }

  private String q(String name) {
    return dialect.quote(name);
  }
}
