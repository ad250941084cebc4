package dev.retort.engine.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A throw-away database of one kind, created with a unique name and dropped on {@link #close()}.
 *
 * <p>H2 is in memory and always available. PostgreSQL and MariaDB are reached on 127.0.0.1 (override with
 * {@code RETORT_TEST_PG_URL} / {@code RETORT_TEST_MARIADB_URL}, user and password variables alike). When a
 * server cannot be reached the test is skipped with a loud message, except under {@code CI=true}, where it
 * fails.
 */
public final class TestDatabase implements AutoCloseable {
  private final DatabaseKind kind;
  private final String name;
  private final String url;
  private final String user;
  private final String password;
  private final Connection keepAlive;

  private TestDatabase(DatabaseKind kind, String name, String url, String user, String password,
      Connection keepAlive) {
    this.kind = kind;
    this.name = name;
    this.url = url;
    this.user = user;
    this.password = password;
    this.keepAlive = keepAlive;
  }

  public static TestDatabase create(DatabaseKind kind) {
    String name = "retort_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try {
      return switch (kind) {
        case H2 -> {
          String url = "jdbc:h2:mem:" + name;
          // an open connection keeps the in-memory database alive between the test's own connections
          yield new TestDatabase(kind, name, url, "sa", "", DriverManager.getConnection(url, "sa", ""));
        }
        case POSTGRESQL -> server(kind, name, env("RETORT_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/"),
            env("RETORT_TEST_PG_USER", "postgres"), env("RETORT_TEST_PG_PASSWORD", ""), "postgres");
        case MARIADB -> server(kind, name, env("RETORT_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/"),
            env("RETORT_TEST_MARIADB_USER", "root"), env("RETORT_TEST_MARIADB_PASSWORD", ""), "");
      };
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name + " on " + kind, e);
    }
  }

  private static TestDatabase server(DatabaseKind kind, String name, String serverUrl, String user,
      String password, String adminDatabase) throws SQLException {
    try (Connection admin = connectOrSkip(kind, serverUrl + adminDatabase, user, password);
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    return new TestDatabase(kind, name, serverUrl + name, user, password, null);
  }

  private static Connection connectOrSkip(DatabaseKind kind, String url, String user, String password) {
    try {
      return DriverManager.getConnection(url, user, password);
    } catch (SQLException e) {
      String message = kind + " is not reachable at " + url + " (" + e.getMessage() + ")";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(message + "; CI=true requires every database", e);
      }
      System.err.println("SKIPPED: " + message + "; start it to run these tests");
      Assumptions.abort(message);
      throw new AssertionError("unreachable");
    }
  }

  private static String env(String variable, String fallback) {
    String value = System.getenv(variable);
    return value == null || value.isBlank() ? fallback : value;
  }

  public DatabaseKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public String url() {
    return url;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /** Runs statements one by one, for test fixtures. */
  public void execute(String... sql) throws SQLException {
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      for (String s : sql) {
        statement.execute(s);
      }
    }
  }

  @Override
  public void close() throws SQLException {
    switch (kind) {
      case H2 -> {
        try (Statement statement = keepAlive.createStatement()) {
          statement.execute("SHUTDOWN");
        } finally {
          keepAlive.close();
        }
      }
      case POSTGRESQL -> dropServerDatabase("postgres", "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      case MARIADB -> dropServerDatabase("", "DROP DATABASE IF EXISTS " + name);
    }
  }

  private void dropServerDatabase(String adminDatabase, String sql) throws SQLException {
    String serverUrl = url.substring(0, url.length() - name.length());
    try (Connection admin = DriverManager.getConnection(serverUrl + adminDatabase, user, password);
        Statement statement = admin.createStatement()) {
      statement.execute(sql);
    }
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(Locale.ROOT) + ":" + name;
  }
}
