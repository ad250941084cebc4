package dev.retort.cli;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.runtime.Migrator;
import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --lock-timeout}, for the commands that take the migration lock. */
public final class LockOptions {
  @Option(names = "--lock-timeout", paramLabel = "SECONDS",
      description = "How long to wait for another run's migration lock; 0 fails at once when it is held"
          + " (default: 60).")
  Integer seconds;

  boolean given() {
    return seconds != null;
  }

  void validate() {
    if (seconds != null && seconds < 0) {
      throw new RetortException(ErrorCode.USAGE, "--lock-timeout " + seconds + " is negative. Nothing was done."
          + " Give the seconds to wait for another run's migration lock (default "
          + Migrator.DEFAULT_LOCK_TIMEOUT.toSeconds() + "), or 0 to stop at once when another run holds it.");
    }
  }

  /** This one if given, else {@code before} if given, else the default. */
  Duration timeout(LockOptions before) {
    Integer chosen = seconds != null ? seconds : before.seconds;
    return chosen == null ? Migrator.DEFAULT_LOCK_TIMEOUT : Duration.ofSeconds(chosen);
  }
}
