package dev.retort.cli;

import dev.retort.engine.runtime.MigrationResult;
import dev.retort.engine.runtime.StopRequest;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Reverts migrations down to a target. */
@Command(name = "downgrade", mixinStandardHelpOptions = true,
    description = "Revert migrations down to TARGET.",
    footerHeading = HelpSections.EXAMPLE,
    footer = {"  retort downgrade -1", "  retort downgrade --sql head:base --dialect mariadb > downgrade.sql"})
final class DowngradeCommand extends ConnectingCommand {
  @Parameters(index = "0", paramLabel = "TARGET",
      description = "-N, base, or a revision id or unique prefix to keep; with --sql FROM:TO.")
  String target;

  @ArgGroup(validate = false, heading = HelpSections.PROJECT, order = 2)
  ProjectOptions projectOptions = new ProjectOptions();

  @Mixin
  RunOptions mode;

  @Override
  ProjectOptions projectOptions() {
    return projectOptions;
  }

  @Override
  LockOptions lockOptions() {
    return mode.lock;
  }

  @Override
  void validate() {
    super.validate();
    mode.validate("downgrade");
  }

  @Override
  int run() {
    Project project = project();
    if (mode.sql) {
      RevisionRange range = RevisionRange.parse(target, null, "downgrade --sql, which reads no database,");
      out().print(mode.script(project).downgrade(range.from(), range.to()));
      return 0;
    }
    StopRequest stop = new StopRequest();
    MigrationResult result;
    try (StopOnSignal signals = StopOnSignal.install(stop, err())) {
      result = project.migrator().withSingleTransaction(mode.singleTransaction).withStopRequest(stop)
          .downgrade(target, step -> out().println("Reverting " + Revisions.describe(step.migration().info())));
    }
    new Revisions(project.migrations().graph()).printOutcome(out(), result, "downgrade");
    return 0;
  }
}
