package dev.retort.maven;

import java.io.File;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A goal that compares the entities with the database. It reads them from the project's compiled classes and its
 * dependencies, as {@code retort --classpath} would, so its goals compile the project first.
 */
abstract class EntityMojo extends RetortMojo {
  /** Package of the JPA entities, searched with its sub-packages (retort.properties: entities). */
  @Parameter(property = "retort.entities")
  String entities;

  /** Only tables matching these globs (retort.properties: include). */
  @Parameter
  List<String> include;

  /** Leave tables matching these globs alone (retort.properties: exclude). */
  @Parameter
  List<String> exclude;

  /** Also manage these named schemas: their tables go once no entity lives there (retort.properties: schemas). */
  @Parameter
  List<String> schemas;

  @Override
  String entities() {
    return given("entities", entities);
  }

  @Override
  List<String> include() {
    return givenList("include", include);
  }

  @Override
  List<String> exclude() {
    return givenList("exclude", exclude);
  }

  @Override
  List<String> schemas() {
    return givenList("schemas", schemas);
  }

  /** The project's compiled classes, then its compile and runtime dependencies. */
  @Override
  String classpath() {
    try {
      Set<String> entries = new LinkedHashSet<>(project.getCompileClasspathElements());
      entries.addAll(project.getRuntimeClasspathElements());
      return String.join(File.pathSeparator, entries);
    } catch (DependencyResolutionRequiredException e) {
      throw new IllegalStateException("the goal declares the dependency resolution it needs", e);
    }
  }
}
