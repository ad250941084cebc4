package dev.retort.cli;

import dev.retort.project.RevisionListing;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;

/** Shows the revision(s) the database stands at. */
@Command(name = "current", mixinStandardHelpOptions = true,
    description = "Show the revision(s) the database stands at.",
    footerHeading = HelpSections.EXAMPLE,
    footer = "  retort current")
final class CurrentCommand extends ConnectingCommand {

  @ArgGroup(validate = false, heading = HelpSections.PROJECT, order = 2)
  ProjectOptions projectOptions = new ProjectOptions();

  @Override
  ProjectOptions projectOptions() {
    return projectOptions;
  }

  @Override
  int run() {
    new RevisionListing(project().connectingAhead(), out()).current();
    return 0;
  }
}
