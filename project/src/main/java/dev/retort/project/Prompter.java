package dev.retort.project;

import java.io.Console;
import java.util.Locale;

/** Asks yes/no questions on an interactive terminal. */
@FunctionalInterface
public interface Prompter {
  /** Asks and returns true only for an explicit yes. */
  boolean confirm(String question);

  /** The terminal's prompter, or null when there is no terminal (pipes, CI). */
  static Prompter console() {
    Console console = System.console();
    if (console == null) {
      return null;
    }
    return question -> {
      String answer = console.readLine("%s [y/N] ", question);
      return answer != null && answer.strip().toLowerCase(Locale.ROOT).matches("y|yes");
    };
  }
}
