package dev.retort.engine.runtime;

/**
 * Asks a run to stop at the next point where the database is in a known state: after the statement that is
 * running (on PostgreSQL, with that migration rolled back). Safe to call from a signal handler's thread.
 */
public final class StopRequest {
  private volatile String reason;

  /** Asks the run to stop; {@code reason} says why, for the message ({@code SIGTERM}). The first one wins. */
  public void request(String reason) {
    if (this.reason == null) {
      this.reason = reason;
    }
  }

  public boolean requested() {
    return reason != null;
  }

  /** Why the stop was asked for; null when it was not. */
  public String reason() {
    return reason;
  }
}
