package dev.retort.project;

import dev.retort.engine.runtime.MigrationResult;
import dev.retort.engine.runtime.StopRequest;
import java.io.PrintWriter;

/** {@code upgrade} and {@code downgrade} on the database: each migration named as it runs, then where it stands. */
public final class MigrationRuns {
  private MigrationRuns() {}

  public static MigrationResult upgrade(Project project, String target, boolean singleTransaction, StopRequest stop,
      PrintWriter out) {
    MigrationResult result = project.migrator().withSingleTransaction(singleTransaction).withStopRequest(stop)
        .upgrade(target, step -> out.println("Applying " + Revisions.describe(step.migration().info())));
    new Revisions(project.migrations().graph()).printOutcome(out, result, "upgrade");
    return result;
  }

  public static MigrationResult downgrade(Project project, String target, boolean singleTransaction,
      StopRequest stop, PrintWriter out) {
    MigrationResult result = project.migrator().withSingleTransaction(singleTransaction).withStopRequest(stop)
        .downgrade(target, step -> out.println("Reverting " + Revisions.describe(step.migration().info())));
    new Revisions(project.migrations().graph()).printOutcome(out, result, "downgrade");
    return result;
  }
}
