package dev.retort.engine.runtime;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * How far a migration got on a database whose DDL commits at once, recorded in the version table after every
 * statement, so that a run that failed, was stopped or was killed resumes after the statements that ran, as
 * long as they are still the same statements. Written {@code <n>:<hash>} when statement n+1 is known not to
 * have run (it failed, or the run stopped before it), and {@code <n>+:<hash>} when it may have run (the
 * process died or lost its connection during it): then it runs again in its rerun form.
 *
 * @param completed how many leading statements ran
 * @param nextMayHaveRun whether the statement after them may have run too
 * @param hash the SHA-256 of the completed statements' text
 */
record PartialProgress(int completed, boolean nextMayHaveRun, String hash) {
  static PartialProgress of(List<String> statements, int completed, boolean nextMayHaveRun) {
    return new PartialProgress(completed, nextMayHaveRun, hash(statements.subList(0, completed)));
  }

  static PartialProgress parse(String text) {
    int colon = text.indexOf(':');
    boolean mayHaveRun = text.charAt(colon - 1) == '+';
    int completed = Integer.parseInt(text.substring(0, mayHaveRun ? colon - 1 : colon));
    return new PartialProgress(completed, mayHaveRun, text.substring(colon + 1));
  }

  String text() {
    return completed + (nextMayHaveRun ? "+" : "") + ":" + hash;
  }

  /** How many leading statements to skip, after checking they are still the ones that ran. */
  int resumeFrom(LoadedMigration migration, List<String> statements) {
    if (completed > statements.size() || !hash(statements.subList(0, completed)).equals(hash)) {
      throw new RetortException(ErrorCode.MIGRATION_FAILED, "Migration " + migration.info().label()
          + " stopped part-way earlier after " + completed + " statement(s), and those statements have changed"
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
