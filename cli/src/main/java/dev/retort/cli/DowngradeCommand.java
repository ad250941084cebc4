package dev.retort.cli;

import dev.retort.engine.runtime.MigrationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Reverts migrations down to a target. */
@Command(name = "downgrade", mixinStandardHelpOptions = true,
    description = "Revert migrations down to TARGET.")
final class DowngradeCommand extends ProjectCommand {
  @Parameters(index = "0", paramLabel = "TARGET",
      description = "-N, base, or a revision id or unique prefix to keep.")
  String target;

  @Override
  public Integer call() {
    Project project = project();
    MigrationResult result = project.migrator().downgrade(target,
        step -> out().println("Reverting " + Revisions.describe(step.migration().info())));
    new Revisions(project.migrations().graph()).printOutcome(out(), result, "downgrade");
    return 0;
  }
}
