package dev.retort.engine.revision;

import java.util.List;
import java.util.Objects;

/**
 * One revision as the graph sees it.
 *
 * @param id the revision id
 * @param parents ids this revision follows (empty for a base)
 * @param message what it does
 * @param source where it came from, for messages (usually the migration class name)
 * @param branchLabels names for the branch this revision starts or belongs to ({@code LABEL@head})
 * @param dependsOn revisions of other branches that must be applied before this one, without joining them
 */
public record RevisionInfo(String id, List<String> parents, String message, String source,
    List<String> branchLabels, List<String> dependsOn) {
  public RevisionInfo {
    Objects.requireNonNull(id, "id == null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("revision id is blank in " + source);
    }
    parents = List.copyOf(parents);
    message = message == null ? "" : message;
    Objects.requireNonNull(source, "source == null");
    branchLabels = List.copyOf(branchLabels);
    dependsOn = List.copyOf(dependsOn);
  }

  public RevisionInfo(String id, List<String> parents, String message, String source) {
    this(id, parents, message, source, List.of(), List.of());
  }

  /** {@code a1b2c3d4e5f6 (AddEmailToUsers)}: how messages name a revision. */
  public String label() {
    int dot = source.lastIndexOf('.');
    return id + " (" + source.substring(dot + 1) + ")";
  }

  /** Parents and dependencies: everything that must be applied before this revision. */
  List<String> prerequisites() {
    if (dependsOn.isEmpty()) {
      return parents;
    }
    return java.util.stream.Stream.concat(parents.stream(), dependsOn.stream()).distinct().toList();
  }
}
