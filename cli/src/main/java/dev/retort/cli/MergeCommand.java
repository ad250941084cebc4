package dev.retort.cli;

import dev.retort.project.MigrationAuthor;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Writes a merge migration that joins several heads. */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = "Write a migration that joins REVISIONS (default: all heads) into one head.",
    footerHeading = HelpSections.EXAMPLE,
    footer = "  retort merge -m \"join billing and search\"")
final class MergeCommand extends ProjectCommand {
  @Parameters(arity = "0..*", paramLabel = "REVISION", description = "Revisions to join (default: all heads).")
  List<String> revisions;

  @ArgGroup(validate = false, heading = HelpSections.PROJECT, order = 2)
  ProjectOptions projectOptions = new ProjectOptions();

  @Mixin
  GenerateOptions generate;

  @Override
  ProjectOptions projectOptions() {
    return projectOptions;
  }

  @Override
  int run() {
    return new MigrationAuthor(this, generate.naming()).merge(revisions);
  }
}
