package dev.retort.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Records new checksums for applied migrations that were changed on purpose. */
@Command(name = "accept", mixinStandardHelpOptions = true,
    description = "Accept deliberate changes to applied migrations by recording their new checksums.")
final class AcceptCommand extends ProjectCommand {
  @Parameters(arity = "1..*", paramLabel = "REVISION", description = "Applied revision ids or prefixes.")
  List<String> revisions;

  @Override
  public Integer call() {
    project().migrator().accept(revisions).forEach(id -> out().println("Accepted the current checksum of " + id));
    return 0;
  }
}
