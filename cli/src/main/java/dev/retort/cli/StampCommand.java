package dev.retort.cli;

import dev.retort.engine.runtime.StampResult;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Sets the version table without running migrations. */
@Command(name = "stamp", mixinStandardHelpOptions = true,
    description = "Record the database as standing at TARGET without running any migration.",
    footerHeading = HelpSections.EXAMPLE,
    footer = "  retort stamp head")
final class StampCommand extends ConnectingCommand {
  @Parameters(index = "0", paramLabel = "TARGET", description = "head, base, or a revision id or prefix.")
  String target;

  @Option(names = "--purge", description = "Empty the version table first, even of revisions no migration"
      + " defines.")
  boolean purge;

  @ArgGroup(validate = false, heading = HelpSections.PROJECT, order = 2)
  ProjectOptions projectOptions = new ProjectOptions();

  @Mixin
  LockOptions lock;

  @Override
  ProjectOptions projectOptions() {
    return projectOptions;
  }

  @Override
  LockOptions lockOptions() {
    return lock;
  }

  @Override
  int run() {
    StampResult result = project().connectingAhead().migrator().stamp(target, purge);
    result.removed().forEach(id -> out().println("Unrecorded " + id));
    result.recorded().forEach(id -> out().println("Recorded " + id));
    out().println("The version table now says "
        + (result.current().isEmpty() ? "base (no revision applied)" : String.join(", ", result.current()))
        + "; no migration ran.");
    return 0;
  }
}
