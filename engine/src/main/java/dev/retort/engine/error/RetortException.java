package dev.retort.engine.error;

import java.util.Objects;

/**
 * The root of every failure Retort reports to a user. The message is a complete paragraph: what failed,
 * the value involved, the state left behind and the next step.
 */
public class RetortException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  public RetortException(ErrorCode code, String message) {
    this(code, message, null);
  }

  public RetortException(ErrorCode code, String message, Throwable cause) {
    super(Objects.requireNonNull(message, "message == null"), cause);
    this.code = Objects.requireNonNull(code, "code == null");
  }

  public ErrorCode code() {
    return code;
  }
}
