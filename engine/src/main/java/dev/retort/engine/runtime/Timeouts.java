package dev.retort.engine.runtime;

import java.time.Duration;
import java.util.Objects;

/**
 * How long Retort waits on a database before it says so, instead of hanging. A zero {@code connect} or {@code
 * read} means no limit; a zero {@code lock} means not waiting at all.
 *
 * @param connect opening a connection: reaching the server, the handshake and the login, as one bound
 * @param read each answer to Retort's own queries: the version table, the catalog, the lock's round trips. A
 *     migration's own statements are never cut off: a long index build must not die half-way
 * @param lock waiting for another run: its migration lock, and on an embedded H2 file the other process that
 *     has the file open
 */
public record Timeouts(Duration connect, Duration read, Duration lock) {
  /** 10 s to connect, 60 s for each answer, 60 s for another run's lock. */
  public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(60),
      Duration.ofSeconds(60));

  public Timeouts {
    requireNotNegative(connect, "connect");
    requireNotNegative(read, "read");
    requireNotNegative(lock, "lock");
  }

  public Timeouts withConnect(Duration timeout) {
    return new Timeouts(timeout, read, lock);
  }

  public Timeouts withRead(Duration timeout) {
    return new Timeouts(connect, timeout, lock);
  }

  public Timeouts withLock(Duration timeout) {
    return new Timeouts(connect, read, timeout);
  }

  /** A duration as messages give it: {@code 60 s}, {@code 1.5 s}. */
  static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return (millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.valueOf(millis / 1000.0)) + " s";
  }

  private static void requireNotNegative(Duration duration, String name) {
    Objects.requireNonNull(duration, name + " == null");
    if (duration.isNegative()) {
      throw new IllegalArgumentException(name + " < 0: " + duration);
    }
  }
}
