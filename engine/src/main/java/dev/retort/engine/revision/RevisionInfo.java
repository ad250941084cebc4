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
 */
public record RevisionInfo(String id, List<String> parents, String message, String source) {
  public RevisionInfo {
    Objects.requireNonNull(id, "id == null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("revision id is blank in " + source);
    }
    parents = List.copyOf(parents);
    message = message == null ? "" : message;
    Objects.requireNonNull(source, "source == null");
  }

  /** {@code a1b2c3d4e5f6 (AddEmailToUsers)}: how messages name a revision. */
  public String label() {
    int dot = source.lastIndexOf('.');
    return id + " (" + source.substring(dot + 1) + ")";
  }
}
