package dev.retort.engine.runtime;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;

/** A run stopped on request between two statements; the message says where the database stands. */
public final class MigrationStoppedException extends RetortException {
  private static final long serialVersionUID = 1L;

  public MigrationStoppedException(String message) {
    super(ErrorCode.STOPPED, message);
  }
}
