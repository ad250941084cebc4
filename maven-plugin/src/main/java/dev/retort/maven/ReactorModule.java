package dev.retort.maven;

import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * Whether a goal typed at a multi-module root should act in this module. Maven runs a goal given by prefix in
 * every module of the reactor; only the modules that declare the plugin hold Retort's settings, so the rest
 * (the aggregator, a library beside the application) are passed over instead of each getting a default H2
 * database of its own. A build of one project always runs the goal, declared or not.
 */
final class ReactorModule {
  private ReactorModule() {
  }

  /** Why the goal is passed over in this module, or empty when it runs here. */
  static Optional<String> passOver(MavenSession session, MavenProject project, String pluginKey) {
    if (session.getProjects().size() <= 1) {
      return Optional.empty();
    }
    String name = project.getArtifactId();
    if ("pom".equals(project.getPackaging())) {
      return Optional.of(name + " is a pom module (a parent or aggregator): the goal runs in the modules that"
          + " declare retort-maven-plugin.");
    }
    boolean declared = project.getBuildPlugins().stream().anyMatch(plugin -> plugin.getKey().equals(pluginKey));
    return declared ? Optional.empty() : Optional.of(name + " does not declare retort-maven-plugin in its"
        + " <build><plugins>: the goal runs in the modules that do.");
  }
}
