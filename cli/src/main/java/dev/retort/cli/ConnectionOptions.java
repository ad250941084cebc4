package dev.retort.cli;

import picocli.CommandLine.Option;

/**
 * The database a command connects to, listed under "Connection:" in its help. Only commands that connect take
 * these; before the command name they are the root command's, shared by whichever command uses them.
 */
public final class ConnectionOptions {
  @Option(names = "--url", paramLabel = "JDBC_URL",
      description = "Database JDBC URL (env RETORT_URL, or url in retort.properties; default: the H2 file"
          + " database retort-db in this folder).")
  String url;

  @Option(names = "--user", paramLabel = "USER", description = "Database user (env RETORT_USER, or user in"
      + " retort.properties).")
  String user;

  @Option(names = "--password", paramLabel = "PASSWORD", arity = "1",
      description = "Database password (env RETORT_PASSWORD, which keeps it out of the process list). Never"
          + " printed.")
  String password;

  @Option(names = "--ask-password",
      description = "Ask for the password on the terminal, without echo, when the command first connects.")
  boolean askPassword;

  @Option(names = "--connect-timeout", paramLabel = "SECONDS",
      description = "How long opening a connection may take, 0 for no limit (connect.timeout in retort.properties;"
          + " default: 10).")
  Integer connectTimeoutSeconds;

  @Option(names = "--read-timeout", paramLabel = "SECONDS",
      description = "How long each answer to Retort's own queries may take, 0 for no limit; a migration's own"
          + " statements have none (read.timeout in retort.properties; default: 60).")
  Integer readTimeoutSeconds;
}
