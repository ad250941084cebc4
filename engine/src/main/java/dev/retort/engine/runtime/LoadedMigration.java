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
import java.util.function.Supplier;

/**
 * A migration instance with its place in the graph. What its methods record is recorded once: a run asks for
 * the operations and the checksum several times per migration, and user code in them should run once.
 */
public final class LoadedMigration {
  private final RevisionInfo info;
  private final Supplier<Migration> create;
  private Migration migration;
  private List<SchemaOp> upgradeOps;
  private List<SchemaOp> downgradeOps;
  private String checksum;
  /** What creating it threw, and what each recording threw: thrown again, the code runs once. */
  private RuntimeException failure;
  private RuntimeException upgradeFailure;
  private RuntimeException downgradeFailure;

  public LoadedMigration(RevisionInfo info, Migration migration) {
    this.info = Objects.requireNonNull(info, "info == null");
    this.migration = Objects.requireNonNull(migration, "migration == null");
    this.create = () -> migration;
  }

  /**
   * A migration whose class is loaded and instantiated only when its operations are first needed, so that
   * commands which read only the graph load no migration class.
   */
  LoadedMigration(RevisionInfo info, Supplier<Migration> create) {
    this.info = Objects.requireNonNull(info, "info == null");
    this.create = Objects.requireNonNull(create, "create == null");
  }

  public RevisionInfo info() {
    return info;
  }

  public synchronized Migration migration() {
    if (failure != null) {
      throw failure;
    }
    if (migration == null) {
      try {
        migration = Objects.requireNonNull(create.get(), "migration == null");
      } catch (RuntimeException e) {
        failure = e;
        throw e;
      }
    }
    return migration;
  }

  /** The operations {@code upgrade()} records; a failure of the migration's code is a migration failure. */
  public synchronized List<SchemaOp> upgradeOps() {
    if (upgradeFailure != null) {
      throw upgradeFailure;
    }
    if (upgradeOps == null) {
      try {
        upgradeOps = List.copyOf(record("upgrade", migration()::upgrade));
      } catch (RuntimeException e) {
        upgradeFailure = e;
        throw e;
      }
    }
    return upgradeOps;
  }

  /** The operations {@code downgrade()} records, likewise. */
  public synchronized List<SchemaOp> downgradeOps() {
    if (downgradeFailure != null) {
      throw downgradeFailure;
    }
    if (downgradeOps == null) {
      try {
        downgradeOps = List.copyOf(record("downgrade", migration()::downgrade));
      } catch (RuntimeException e) {
        downgradeFailure = e;
        throw e;
      }
    }
    return downgradeOps;
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
  public synchronized String checksum() {
    if (checksum == null) {
      checksum = digest();
    }
    return checksum;
  }

  private String digest() {
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
