package dev.retort.engine.revision;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;

/** The migrations do not form a valid graph: duplicate id, unknown parent or cycle. */
public final class RevisionGraphException extends RetortException {
  private static final long serialVersionUID = 1L;

  public RevisionGraphException(String message) {
    super(ErrorCode.REVISION_GRAPH_INVALID, message);
  }
}
