package dev.retort.cli;

import dev.retort.engine.runtime.StopRequest;
import dev.retort.project.MigrationRuns;
import dev.retort.project.Project;
import dev.retort.project.RevisionRange;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Applies migrations up to a target. */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
    description = "Apply migrations up to TARGET (default head).",
    footerHeading = HelpSections.EXAMPLE,
    footer = {"  retort upgrade head", "  retort upgrade --sql base:head --dialect postgresql > upgrade.sql"})
final class UpgradeCommand extends ConnectingCommand {
  @Parameters(index = "0", arity = "0..1", defaultValue = "head", paramLabel = "TARGET",
      description = "head, heads, a revision id or unique prefix, or +N; with --sql also FROM:TO.")
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
    mode.validate("upgrade");
  }

  @Override
  int run() {
    Project project = project();
    if (mode.sql) {
      RevisionRange range = RevisionRange.parse(target, "base", "upgrade --sql");
      out().print(mode.script(project).upgrade(range.from(), range.to()));
      return 0;
    }
    StopRequest stop = new StopRequest();
    try (StopOnSignal signals = StopOnSignal.install(stop, err())) {
      MigrationRuns.upgrade(project.connectingAhead(), target, mode.singleTransaction, stop, out());
    }
    return 0;
  }
}
