package dev.retort.cli;

import dev.retort.engine.runtime.StopRequest;
import dev.retort.project.MigrationRuns;
import dev.retort.project.Project;
import dev.retort.project.RevisionRange;
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
    try (StopOnSignal signals = StopOnSignal.install(stop, err())) {
      MigrationRuns.downgrade(project.connectingAhead(), target, mode.singleTransaction, stop, out());
    }
    return 0;
  }
}
