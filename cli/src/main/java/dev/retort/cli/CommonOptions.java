package dev.retort.cli;

import picocli.CommandLine.Option;

/** Options every command takes. */
public final class CommonOptions {
  @Option(names = "--url", paramLabel = "JDBC_URL",
      description = "Database JDBC URL (env RETORT_URL; default: an H2 file database ./retort-db).")
  String url;

  @Option(names = "--user", paramLabel = "USER", description = "Database user (env RETORT_USER).")
  String user;

  @Option(names = "--password", paramLabel = "PASSWORD", arity = "0..1", interactive = false,
      description = "Database password (env RETORT_PASSWORD). Never printed.")
  String password;

  @Option(names = "--migrations", paramLabel = "DIR",
      description = "Folder of migration sources (default: migrations).")
  String migrations;

  @Option(names = "--lock-timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "How long to wait for another run's migration lock (default: ${DEFAULT-VALUE}).")
  int lockTimeoutSeconds;

  @Option(names = "--connect-timeout", paramLabel = "SECONDS",
      description = "How long opening a connection may take, 0 for no limit (connect.timeout in retort.properties;"
          + " default: 10).")
  Integer connectTimeoutSeconds;

  @Option(names = "--read-timeout", paramLabel = "SECONDS",
      description = "How long each answer to Retort's own queries may take, 0 for no limit; a migration's own"
          + " statements have none (read.timeout in retort.properties; default: 60).")
  Integer readTimeoutSeconds;

  @Option(names = "--verbose",
      description = "Print the cause chain of errors, and the classes of the entity package never loaded.")
  boolean verbose;
}
