package dev.retort.engine.runtime;

import java.util.Objects;

/**
 * A setting of the session that holds for one statement: {@code set} runs before it and {@code reset} after,
 * so that neither the commits around statements run outside the transaction nor a resumed run lose it, and
 * the next migration does not inherit it.
 *
 * @param set the statement that sets it, such as {@code SET lock_timeout = '2s'}
 * @param reset the statement that restores the session's default
 */
record SessionSetting(String set, String reset) {
  SessionSetting {
    Objects.requireNonNull(set, "set == null");
    Objects.requireNonNull(reset, "reset == null");
  }
}
