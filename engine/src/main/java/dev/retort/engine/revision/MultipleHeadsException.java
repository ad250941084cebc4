package dev.retort.engine.revision;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import java.util.List;

/** {@code head} was asked for but the graph has several. */
public final class MultipleHeadsException extends RetortException {
  private static final long serialVersionUID = 1L;

  private final List<String> heads;

  public MultipleHeadsException(List<String> heads, String message) {
    super(ErrorCode.MULTIPLE_HEADS, message);
    this.heads = List.copyOf(heads);
  }

  public List<String> heads() {
    return heads;
  }
}
