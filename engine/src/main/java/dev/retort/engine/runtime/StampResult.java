package dev.retort.engine.runtime;

import java.util.List;

/**
 * What {@code stamp} changed in the version table.
 *
 * @param recorded revisions now recorded as applied that were not before
 * @param removed revisions no longer recorded as applied
 * @param current where the database stands afterwards
 */
public record StampResult(List<String> recorded, List<String> removed, List<String> current) {
  public StampResult {
    recorded = List.copyOf(recorded);
    removed = List.copyOf(removed);
    current = List.copyOf(current);
  }
}
