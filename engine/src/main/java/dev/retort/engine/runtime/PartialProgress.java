package dev.retort.engine.runtime;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * How far a migration got before it failed on a database whose DDL commits at once, so that a rerun skips
 * the statements that already ran, as long as they are still the same statements.
 */
final class PartialProgress {
  private PartialProgress() {}

  static String record(List<String> statements, int completed) {
    return completed + ":" + hash(statements.subList(0, completed));
  }

  /** How many leading statements to skip for a migration with the given recorded progress. */
  static int resumeFrom(LoadedMigration migration, List<String> statements, String progress) {
    int colon = progress.indexOf(':');
    int completed = Integer.parseInt(progress.substring(0, colon));
    if (completed > statements.size()
        || !hash(statements.subList(0, completed)).equals(progress.substring(colon + 1))) {
      throw new RetortException(ErrorCode.MIGRATION_FAILED, "Migration " + migration.info().label()
          + " failed part-way earlier after " + completed + " statement(s), and those statements have changed"
          + " since, so Retort cannot tell what is left to run. Nothing was changed. Bring the database to"
          + " where the migration leaves it by hand and run `retort stamp " + migration.info().id()
          + "`, or undo those statements by hand and run `retort stamp` with its parent.");
    }
    return completed;
  }

  private static String hash(List<String> statements) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String statement : statements) {
        digest.update(statement.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
