package dev.retort.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Writes a merge migration that joins several heads. */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = "Write a migration that joins REVISIONS (default: all heads) into one head.")
final class MergeCommand extends ProjectCommand {
  @Mixin
  GenerateOptions generate;

  @Parameters(arity = "0..*", paramLabel = "REVISION", description = "Revisions to join (default: all heads).")
  List<String> revisions;

  @Override
  public Integer call() {
    return new MigrationAuthor(this, generate).merge(revisions);
  }
}
