package dev.retort.maven;

import dev.retort.project.InStepCheck;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * For CI: fails the build when the database is behind the migrations, an applied migration changed since it
 * ran, or (with an entity package) the entities differ from the database. Compiles the project first.
 */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public final class CheckMojo extends EntityMojo {
  @Override
  void run() throws MojoFailureException {
    InStepCheck.Result result = InStepCheck.run(project(), out(), verbose());
    if (result.inStep()) {
      out().println(result.summary());
      return;
    }
    int count = result.problems().size();
    throw new MojoFailureException("Not in step" + (count == 1 ? "" : " (" + count + " problems)") + ": "
        + String.join(" ", result.problems()));
  }
}
