package dev.retort.cli;

import dev.retort.autogen.introspect.Introspectors;
import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A database a fault test kills runs against: a server database, or for H2 a file, since a process killed with
 * SIGKILL takes an embedded database down with it and what matters is what the file keeps.
 */
final class FaultDatabase implements AutoCloseable {
  private final DatabaseKind kind;
  private final TestDatabase server;
  private final String url;

  private FaultDatabase(DatabaseKind kind, TestDatabase server, String url) {
    this.kind = kind;
    this.server = server;
    this.url = url;
  }

  static FaultDatabase create(DatabaseKind kind, Path folder) {
    if (kind == DatabaseKind.H2) {
      return new FaultDatabase(kind, null, "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath());
    }
    TestDatabase db = TestDatabase.create(kind);
    return new FaultDatabase(kind, db, db.url());
  }

  DatabaseKind kind() {
    return kind;
  }

  String url() {
    return url;
  }

  String user() {
    return server == null ? "sa" : server.user();
  }

  String password() {
    return server == null ? "" : server.password();
  }

  SqlDialect dialect() {
    return Dialects.forJdbcUrl(url);
  }

  /** The options that point a command at this database. */
  String[] options() {
    return new String[] {"--url", url, "--user", user(), "--password", password()};
  }

  /** A command line: {@code words}, then the options that point it at this database. */
  String[] command(String... words) {
    String[] options = options();
    String[] args = new String[words.length + options.length];
    System.arraycopy(words, 0, args, 0, words.length);
    System.arraycopy(options, 0, args, words.length, options.length);
    return args;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user(), password());
  }

  SchemaModel introspect() throws SQLException {
    try (Connection c = connect()) {
      return Introspectors.forDialect(dialect()).introspect(c);
    }
  }

  /** Fills table {@code big} with {@code rows} rows in one statement, so that changing it takes a while. */
  void fillBig(int rows) throws SQLException {
    String sql = switch (kind) {
      case H2 -> "INSERT INTO \"BIG\" (\"ID\", \"N\") SELECT X, X FROM SYSTEM_RANGE(1, " + rows + ")";
      case MARIADB -> "INSERT INTO big (id, n) SELECT seq, seq FROM seq_1_to_" + rows;
      case POSTGRESQL -> "INSERT INTO big (id, n) SELECT g, g FROM generate_series(1, " + rows + ") g";
    };
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** The version table's rows as {@code revision checksum progress}, in revision order. */
  List<String> versionRows() throws SQLException {
    List<String> rows = new ArrayList<>();
    SqlDialect d = dialect();
    try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT "
        + d.quote("revision") + ", " + d.quote("checksum") + ", " + d.quote("progress") + " FROM "
        + d.quote("retort_version") + " ORDER BY " + d.quote("revision"))) {
      while (rs.next()) {
        rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
      }
    }
    return rows;
  }

  long count(String table) throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + dialect().quote(table))) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Override
  public void close() throws SQLException {
    if (server != null) {
      server.close();
    }
  }
}
