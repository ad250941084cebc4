package dev.retort.cli;

import dev.retort.engine.runtime.MigrationResult;
import dev.retort.engine.runtime.StopRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Reverts migrations down to a target. */
@Command(name = "downgrade", mixinStandardHelpOptions = true,
    description = "Revert migrations down to TARGET.")
final class DowngradeCommand extends ProjectCommand {
  @Parameters(index = "0", paramLabel = "TARGET",
      description = "-N, base, or a revision id or unique prefix to keep; with --sql FROM:TO.")
  String target;

  @Mixin
  OfflineOptions offline;

  @Option(names = "--single-transaction",
      description = "Run all migrations in one transaction, all or nothing (PostgreSQL).")
  boolean singleTransaction;

  @Override
  public Integer call() {
    Project project = project();
    if (offline.sql) {
      RevisionRange range = RevisionRange.parse(target, null, "downgrade --sql, which reads no database,");
      out().print(offline.script(project).downgrade(range.from(), range.to()));
      return 0;
    }
    StopRequest stop = new StopRequest();
    MigrationResult result;
    try (StopOnSignal signals = StopOnSignal.install(stop, err())) {
      result = project.migrator().withSingleTransaction(singleTransaction).withStopRequest(stop).downgrade(target,
          step -> out().println("Reverting " + Revisions.describe(step.migration().info())));
    }
    new Revisions(project.migrations().graph()).printOutcome(out(), result, "downgrade");
    return 0;
  }
}
