package dev.retort.cli;

import dev.retort.project.NewMigration;
import picocli.CommandLine.Option;

/** Options of the commands that write a migration: what it is called. */
public final class GenerateOptions {
  @Option(names = {"-m", "--message"}, paramLabel = "MESSAGE",
      description = "What the migration does; also names the class.")
  String message;

  @Option(names = "--rev-id", paramLabel = "ID",
      description = "Use this revision id instead of a random one (12 hex digits by convention).")
  String revisionId;

  NewMigration naming() {
    return new NewMigration(message, revisionId);
  }
}
