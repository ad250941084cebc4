package com.example.catalog;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * An empty database of its own on the PostgreSQL server at {@code CATALOG_TEST_PG_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/}, user {@code CATALOG_TEST_PG_USER}, default {@code postgres},
 * password {@code CATALOG_TEST_PG_PASSWORD}). A server that cannot be reached skips the tests, except with
 * {@code CI=true}, where it fails them.
 */
record PostgresDatabase(String server, String name, String user, String password) {
  static PostgresDatabase create() {
    String server = env("CATALOG_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    String user = env("CATALOG_TEST_PG_USER", "postgres");
    String password = env("CATALOG_TEST_PG_PASSWORD", "");
    String name = "catalog_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    PostgresDatabase database = new PostgresDatabase(server, name, user, password);
    try {
      database.admin("CREATE DATABASE " + name);
    } catch (SQLException e) {
      String message = "PostgreSQL at " + server + " (user " + user + ") cannot be reached: " + e.getMessage();
      if ("true".equals(System.getenv("CI"))) {
        throw new IllegalStateException(message + ". Start the server or set CATALOG_TEST_PG_URL.", e);
      }
      System.out.println("SKIPPED: " + message);
      Assumptions.abort(message);
    }
    return database;
  }

  String url() {
    return server + name;
  }

  void drop() {
    try {
      admin("DROP DATABASE IF EXISTS " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot drop the test database " + name + " at " + server + ": "
          + e.getMessage() + ". Drop it by hand.", e);
    }
  }

  private void admin(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(server + "postgres", user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static String env(String name, String fallback) {
    return Objects.requireNonNullElse(System.getenv(name), fallback);
  }
}
