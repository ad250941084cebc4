package dev.retort.engine.runtime;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;

/** A statement of a migration failed; the message says which, why, and the state left behind. */
public final class MigrationFailedException extends RetortException {
  private static final long serialVersionUID = 1L;

  private final String revision;
  private final int statementNumber;

  public MigrationFailedException(String revision, int statementNumber, String message, Throwable cause) {
    super(ErrorCode.MIGRATION_FAILED, message, cause);
    this.revision = revision;
    this.statementNumber = statementNumber;
  }

  public String revision() {
    return revision;
  }

  /** 1-based number of the failing statement within its migration; 0 if it failed outside any statement. */
  public int statementNumber() {
    return statementNumber;
  }
}
