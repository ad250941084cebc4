package dev.retort.cli;

import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Records new checksums for applied migrations that were changed on purpose. */
@Command(name = "accept", mixinStandardHelpOptions = true,
    description = "Accept deliberate changes to applied migrations by recording their new checksums.",
    footerHeading = HelpSections.EXAMPLE,
    footer = "  retort accept 3f2a9c1b7e10")
final class AcceptCommand extends ConnectingCommand {
  @Parameters(arity = "1..*", paramLabel = "REVISION", description = "Applied revision ids or prefixes.")
  List<String> revisions;

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
    project().connectingAhead().migrator().accept(revisions)
        .forEach(id -> out().println("Accepted the current checksum of " + id));
    return 0;
  }
}
