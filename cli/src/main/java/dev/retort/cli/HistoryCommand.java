package dev.retort.cli;

import dev.retort.project.RevisionListing;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Lists the revisions, newest first. */
@Command(name = "history", mixinStandardHelpOptions = true,
    description = "List the revisions, newest first, marking heads and the current revision(s); with"
        + " --verbose also its class, when it was applied and whether it changed since.",
    footerHeading = HelpSections.EXAMPLE,
    footer = "  retort history -r base:head --verbose")
final class HistoryCommand extends ConnectingCommand {
  @Option(names = {"-r", "--range"}, paramLabel = "FROM:TO",
      description = "Only revisions from FROM to TO, both included; either side may be empty (base, head).")
  String range;

  @ArgGroup(validate = false, heading = HelpSections.PROJECT, order = 2)
  ProjectOptions projectOptions = new ProjectOptions();

  @Override
  ProjectOptions projectOptions() {
    return projectOptions;
  }

  @Override
  int run() {
    new RevisionListing(project(), out()).history(range, verbose());
    return 0;
  }
}
