package dev.retort.maven;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.runtime.StopRequest;
import dev.retort.project.MigrationRuns;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Reverts migrations down to a target: {@code -Dretort.target=-1}, base, or a revision to keep. */
@Mojo(name = "downgrade", threadSafe = true)
public final class DowngradeMojo extends RetortMojo {
  /** -N, base, or a revision id or unique prefix to keep. */
  @Parameter(property = "retort.target")
  String target;

  /** Revert all in one transaction, all or nothing (PostgreSQL). */
  @Parameter(property = "retort.singleTransaction", defaultValue = "false")
  boolean singleTransaction;

  @Override
  void run() {
    String chosen = given("target", target);
    if (chosen == null) {
      throw new RetortException(ErrorCode.USAGE, "retort:downgrade needs a target, and none was given. Nothing"
          + " was done. Give -Dretort.target=-1 to revert the last migration, a revision to keep, or base.");
    }
    MigrationRuns.downgrade(project(), chosen, singleTransaction, new StopRequest(), out());
  }
}
