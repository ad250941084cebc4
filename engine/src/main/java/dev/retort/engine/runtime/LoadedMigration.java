package dev.retort.engine.runtime;

import dev.retort.engine.migration.Migration;
import dev.retort.engine.migration.Ops;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.revision.RevisionInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** A migration instance with its place in the graph. */
public record LoadedMigration(RevisionInfo info, Migration migration) {
  public LoadedMigration {
    Objects.requireNonNull(info, "info == null");
    Objects.requireNonNull(migration, "migration == null");
  }

  /** The operations {@code upgrade()} records; a failure of the migration's code is a migration failure. */
  public List<SchemaOp> upgradeOps() {
    return record("upgrade", migration::upgrade);
  }

  /** The operations {@code downgrade()} records, likewise. */
  public List<SchemaOp> downgradeOps() {
    return record("downgrade", migration::downgrade);
  }

  private List<SchemaOp> record(String method, Consumer<Ops> body) {
    Ops ops = new Ops();
    try {
      body.accept(ops);
    } catch (RuntimeException | Error e) {
      // the migration's own Java code: anything it throws is its failure, not Retort's
      throw new MigrationFailedException(info.id(), 0, "Migration " + info.label() + " failed while recording"
          + " its operations: " + info.source() + "." + method + "() threw " + e + ". None of its statements"
          + " ran. Fix the class and rerun; `retort current` shows where the database stands.", e);
    }
    return ops.recorded();
  }

  /**
   * SHA-256 of the canonical text of the recorded operations in both directions: formatting and naming of
   * the source do not matter, and neither do fields later versions add with a default.
   */
  public String checksum() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(OpFingerprint.of(upgradeOps()).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(OpFingerprint.of(downgradeOps()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
