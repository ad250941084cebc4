package dev.retort.maven;

import dev.retort.engine.runtime.StopRequest;
import dev.retort.project.MigrationRuns;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Applies the migrations up to a target (default head). The migrations are compiled from the source tree
 * against the engine alone, so this runs before the project is built.
 */
@Mojo(name = "upgrade", threadSafe = true)
public final class UpgradeMojo extends RetortMojo {
  /** head, heads, a revision id or unique prefix, or +N. */
  @Parameter(property = "retort.target", defaultValue = "head")
  String target;

  /** Run all migrations in one transaction, all or nothing (PostgreSQL). */
  @Parameter(property = "retort.singleTransaction", defaultValue = "false")
  boolean singleTransaction;

  @Override
  void run() {
    MigrationRuns.upgrade(project(), given("target", target), singleTransaction, new StopRequest(), out());
  }
}
