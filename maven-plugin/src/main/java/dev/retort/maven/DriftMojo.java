package dev.retort.maven;

import dev.retort.project.DriftCheck;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Fails the build when the database's schema is not the one its applied migrations build: what someone
 * changed by hand, listed as the operations that would restore it. The entities play no part.
 */
@Mojo(name = "drift", threadSafe = true)
public final class DriftMojo extends RetortMojo {
  @Override
  void run() throws MojoFailureException {
    DriftCheck.Result result = DriftCheck.run(project(), out());
    if (!result.drifted()) {
      out().println(result.summary());
      return;
    }
    result.lines().forEach(out()::println);
    throw new MojoFailureException("Drift: the database differs from the schema its applied migrations build"
        + " (the operations that would restore it are listed above).");
  }
}
