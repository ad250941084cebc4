package dev.retort.engine.runtime;

/** Sleeping that keeps the thread's interrupt status. */
final class Sleep {
  private Sleep() {}

  static void millis(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the migration lock", e);
    }
  }
}
