package dev.retort.autogen.introspect;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Runs one catalog query and hands each row to a reader. */
final class CatalogQuery {
  private CatalogQuery() {}

  /** Reads one row of a catalog query. */
  @FunctionalInterface
  interface RowReader {
    void read(ResultSet row) throws SQLException;
  }

  static void forEachRow(Connection connection, String sql, RowReader reader) throws SQLException {
    forEachRow(connection, sql, List.of(), reader);
  }

  /** As above, with {@code parameters} bound to the query's {@code ?} in order. */
  static void forEachRow(Connection connection, String sql, List<String> parameters, RowReader reader)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        statement.setString(i + 1, parameters.get(i));
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          reader.read(rows);
        }
      }
    }
  }

  /** As above, with the schemas to read bound to the query's one {@code ?} (an array), where it has one. */
  static void forEachRow(Connection connection, String sql, java.sql.Array schemas, RowReader reader)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      if (schemas != null) {
        statement.setArray(1, schemas);
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          reader.read(rows);
        }
      }
    }
  }

  /** The exception a user sees when a catalog cannot be read. */
  static RetortException failure(String database, String catalog, SQLException cause) {
    return new RetortException(
        ErrorCode.DATABASE_ERROR,
        "Reading the schema of the " + database + " database failed: " + cause.getMessage()
            + ". Nothing was changed; check that the connected user may read " + catalog + ".",
        cause);
  }
}
