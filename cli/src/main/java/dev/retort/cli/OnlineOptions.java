package dev.retort.cli;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.project.Planning;
import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --online} and {@code --online-lock-timeout}: autogen's lock-aware planner for PostgreSQL. */
public final class OnlineOptions {
  @Option(names = "--online", description = "Write the forms that keep PostgreSQL's tables available (CREATE"
      + " INDEX CONCURRENTLY, NOT VALID then VALIDATE, UNIQUE USING INDEX) with a lock timeout; the same as"
      + " planner=online in retort.properties.")
  Boolean online;

  @Option(names = "--online-lock-timeout", paramLabel = "DURATION",
      description = "How long each statement of an online migration may wait for a lock before it fails, as 2s"
          + " or 500ms; 0 for no limit (default: 2s).")
  String lockTimeout;

  void validate() {
    if (lockTimeout == null) {
      return;
    }
    Duration parsed = Planning.parseLockTimeout(lockTimeout);
    if (parsed == null || parsed.isNegative()) {
      throw new RetortException(ErrorCode.USAGE, "--online-lock-timeout " + lockTimeout + " is "
          + (parsed == null ? "not a duration" : "negative") + ". Nothing was done. Give how long each statement"
          + " of an online migration may wait for a lock, such as 2s (the default) or 500ms, or 0 for no limit.");
    }
  }

  /** The options given, by name, for a command that would ignore them. */
  java.util.List<String> given() {
    java.util.List<String> names = new java.util.ArrayList<>();
    if (online != null) {
      names.add("--online");
    }
    if (lockTimeout != null) {
      names.add("--online-lock-timeout");
    }
    return names;
  }

  Duration lockTimeout() {
    return lockTimeout == null ? null : Planning.parseLockTimeout(lockTimeout);
  }
}
