package dev.retort.engine.runtime;

import java.time.Instant;

/**
 * A row of the version table.
 *
 * @param revision the revision id
 * @param checksum the checksum of its operations when it was applied
 * @param appliedAt when it was applied (database clock)
 * @param progress null when the migration completed; for a migration that failed part-way on a database
 *     whose DDL commits at once, {@code <n>:<sha-256 of its first n statements>}
 */
public record AppliedRevision(String revision, String checksum, Instant appliedAt, String progress) {
  public boolean complete() {
    return progress == null;
  }
}
