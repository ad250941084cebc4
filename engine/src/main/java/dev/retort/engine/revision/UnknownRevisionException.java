package dev.retort.engine.revision;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;

/** A revision id, prefix or target expression that names nothing, or more than one thing. */
public final class UnknownRevisionException extends RetortException {
  private static final long serialVersionUID = 1L;

  private final String target;

  public UnknownRevisionException(String target, String message) {
    super(ErrorCode.UNKNOWN_REVISION, message);
    this.target = target;
  }

  public String target() {
    return target;
  }
}
