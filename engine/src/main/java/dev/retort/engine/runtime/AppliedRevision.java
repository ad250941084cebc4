package dev.retort.engine.runtime;

import java.time.Instant;

/**
 * A row of the version table.
 *
 * @param revision the applied revision id
 * @param checksum the checksum of its operations when it was applied
 * @param appliedAt when it was applied (database clock)
 */
public record AppliedRevision(String revision, String checksum, Instant appliedAt) {}
