package dev.retort.cli;

import dev.retort.engine.runtime.MigrationResult;
import dev.retort.engine.runtime.StopRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Applies migrations up to a target. */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
    description = "Apply migrations up to TARGET (default head).")
final class UpgradeCommand extends ProjectCommand {
  @Parameters(index = "0", arity = "0..1", defaultValue = "head", paramLabel = "TARGET",
      description = "head, heads, a revision id or unique prefix, or +N; with --sql also FROM:TO.")
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
      RevisionRange range = RevisionRange.parse(target, "base", "upgrade --sql");
      out().print(offline.script(project).upgrade(range.from(), range.to()));
      return 0;
    }
    StopRequest stop = new StopRequest();
    MigrationResult result;
    try (StopOnSignal signals = StopOnSignal.install(stop, err())) {
      result = project.migrator().withSingleTransaction(singleTransaction).withStopRequest(stop).upgrade(target,
          step -> out().println("Applying " + Revisions.describe(step.migration().info())));
    }
    new Revisions(project.migrations().graph()).printOutcome(out(), result, "upgrade");
    return 0;
  }
}
