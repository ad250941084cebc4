package dev.retort.engine.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares the checksum recorded for each applied revision with the migration as it is now. Checksums are
 * over the recorded operations, so reformatting or renaming the class changes nothing.
 */
final class ChecksumCheck {
  private ChecksumCheck() {}

  static List<String> changed(MigrationSet migrations, List<AppliedRevision> applied) {
    List<String> changed = new ArrayList<>();
    for (AppliedRevision row : applied) {
      if (migrations.graph().find(row.revision()).isPresent()
          && !migrations.get(row.revision()).checksum().equals(row.checksum())) {
        changed.add(row.revision());
      }
    }
    return changed;
  }

  static void require(MigrationSet migrations, List<AppliedRevision> applied) {
    List<String> changed = changed(migrations, applied);
    if (!changed.isEmpty()) {
      List<String> labels = changed.stream().map(id -> migrations.get(id).info().label()).toList();
      throw new ChecksumMismatchException(changed, "Applied migration(s) " + String.join(", ", labels)
          + " changed since they ran: their operations differ from what the database recorded. Nothing was"
          + " changed. Restore them as they were applied, or, if the change is deliberate and the database"
          + " already matches it, run `retort accept " + String.join(" ", changed) + "` to record the new"
          + " checksums.");
    }
  }
}
