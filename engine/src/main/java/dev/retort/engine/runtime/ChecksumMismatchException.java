package dev.retort.engine.runtime;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import java.util.List;

/** Applied migrations whose recorded operations no longer match what ran. */
public final class ChecksumMismatchException extends RetortException {
  private static final long serialVersionUID = 1L;

  private final List<String> revisions;

  public ChecksumMismatchException(List<String> revisions, String message) {
    super(ErrorCode.CHECKSUM_MISMATCH, message);
    this.revisions = List.copyOf(revisions);
  }

  public List<String> revisions() {
    return revisions;
  }
}
