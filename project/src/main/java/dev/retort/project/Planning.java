package dev.retort.project;

import dev.retort.autogen.compare.OnlinePlan;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How autogen writes a migration: the comparator's plain operations, or ({@code planner=online}) the forms
 * that keep PostgreSQL's tables open to reads and writes, each statement waiting at most {@code lockTimeout}
 * for a lock.
 *
 * @param online whether the online planner writes the migration
 * @param lockTimeout the longest lock wait of each statement of an online migration; zero for no limit
 */
public record Planning(boolean online, Duration lockTimeout) {
  public static final Planning PLAIN = new Planning(false, OnlinePlan.DEFAULT_LOCK_TIMEOUT);
  private static final Pattern DURATION = Pattern.compile("(-?\\d{1,9})\\s*(ms|s)?");

  public Planning {
    Objects.requireNonNull(lockTimeout, "lockTimeout == null");
  }

  /**
   * A lock timeout as written: whole seconds ({@code 2}, {@code 2s}) or milliseconds ({@code 500ms}); null when
   * it is none of these. A negative number parses, for the caller to refuse by name.
   */
  public static Duration parseLockTimeout(String text) {
    Matcher matcher = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      return null;
    }
    long amount = Long.parseLong(matcher.group(1));
    return "ms".equals(matcher.group(2)) ? Duration.ofMillis(amount) : Duration.ofSeconds(amount);
  }

  /**
   * This planning with what the front end was given, null where it gave nothing. A lock timeout for a plain
   * migration would pass in silence, so it is a usage error.
   */
  public Planning with(Boolean onlineOption, Duration lockTimeoutOption, FrontEnd frontEnd) {
    boolean chosen = onlineOption != null ? onlineOption : online;
    if (lockTimeoutOption != null && !chosen) {
      throw new RetortException(ErrorCode.USAGE, frontEnd.setting("online-lock-timeout") + " applies to the"
          + " online planner, which this run does not use. Nothing was written. Add " + frontEnd.setting("online")
          + " (or planner=online in " + SettingsResolver.PROPERTIES_FILE + "), or leave the lock timeout out.");
    }
    return new Planning(chosen, lockTimeoutOption != null ? lockTimeoutOption : lockTimeout);
  }
}
