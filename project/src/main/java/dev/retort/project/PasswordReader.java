package dev.retort.project;

import java.io.Console;

/** Reads a password on an interactive terminal without echoing it. */
@FunctionalInterface
public interface PasswordReader {
  /** Shows {@code prompt} and returns what was typed, or null when the input ended. */
  char[] readPassword(String prompt);

  /** The terminal's reader, or null when there is no terminal (pipes, redirects, CI). */
  static PasswordReader console() {
    Console console = System.console();
    return console == null ? null : prompt -> console.readPassword("%s", prompt);
  }
}
