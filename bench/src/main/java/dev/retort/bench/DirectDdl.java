package dev.retort.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

/**
 * The floor for applying migrations: one process that connects and executes the statements of a file (one
 * a line) with auto-commit, so each commits on its own as each migration does under the tools.
 *
 * <p>Arguments: {@code SQL_FILE JDBC_URL USER [PASSWORD]}.
 */
public final class DirectDdl {
  private DirectDdl() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      throw new IllegalArgumentException("usage: DirectDdl SQL_FILE JDBC_URL USER [PASSWORD]");
    }
    List<String> statements = Files.readAllLines(Path.of(args[0])).stream().filter(s -> !s.isBlank()).toList();
    try (Connection c = DriverManager.getConnection(args[1], args[2], args.length > 3 ? args[3] : "");
        Statement s = c.createStatement()) {
      c.setAutoCommit(true);
      for (String sql : statements) {
        s.execute(sql);
      }
    }
    System.out.println("executed " + statements.size() + " statements");
  }
}
