package dev.retort.bench;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Flyway as its command line uses it, in one process: {@code migrate} applies the SQL migrations of a
 * folder, {@code info} reads where the database stands and prints the current version.
 *
 * <p>Arguments: {@code migrate|info SQL_FOLDER JDBC_URL USER [PASSWORD]}.
 */
public final class FlywayRun {
  private FlywayRun() {}

  public static void main(String[] args) {
    if (args.length < 4) {
      throw new IllegalArgumentException("usage: FlywayRun migrate|info SQL_FOLDER JDBC_URL USER [PASSWORD]");
    }
    Flyway flyway = Flyway.configure()
        .dataSource(args[2], args[3], args.length > 4 ? args[4] : "")
        .locations("filesystem:" + args[1])
        .load();
    switch (args[0]) {
      case "migrate" -> System.out.println("applied " + flyway.migrate().migrationsExecuted + " migrations");
      case "info" -> {
        MigrationInfo current = flyway.info().current();
        System.out.println("current: " + (current == null ? "none" : current.getVersion()));
      }
      default -> throw new IllegalArgumentException("unknown command: " + args[0]);
    }
  }
}
