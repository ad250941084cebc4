package dev.retort.project;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;

/**
 * A {@code FROM:TO} range of targets, as {@code upgrade --sql}, {@code downgrade --sql} and
 * {@code history -r} take it.
 *
 * @param from the start target
 * @param to the end target
 */
public record RevisionRange(String from, String to) {
  /** Parses {@code FROM:TO}; a bare {@code TO} takes {@code defaultFrom}, or is an error when that is null. */
  public static RevisionRange parse(String text, String defaultFrom, String whyRequired) {
    int colon = text.indexOf(':');
    if (colon >= 0) {
      return new RevisionRange(text.substring(0, colon), text.substring(colon + 1));
    }
    if (defaultFrom == null) {
      throw new RetortException(ErrorCode.USAGE, "'" + text + "' is not a range: " + whyRequired + " needs"
          + " FROM:TO, such as head:base. Nothing was printed.");
    }
    return new RevisionRange(defaultFrom, text);
  }
}
