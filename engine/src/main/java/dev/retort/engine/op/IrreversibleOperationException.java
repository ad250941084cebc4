package dev.retort.engine.op;

/** Thrown when asked for the reverse of an operation that has none. */
public final class IrreversibleOperationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public IrreversibleOperationException(String message) {
    super(message);
  }
}
