package dev.retort.cli;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.project.PasswordReader;
import java.util.Arrays;

/** {@code --ask-password}: asks once, when the command first connects, so commands that stay offline never ask. */
final class PasswordPrompt {
  private final PasswordReader reader;
  private String answer;

  /** {@code reader} is null without a terminal; asking then fails with what to do instead. */
  PasswordPrompt(PasswordReader reader) {
    this.reader = reader;
  }

  String ask(String database) {
    if (answer != null) {
      return answer;
    }
    if (reader == null) {
      throw new RetortException(ErrorCode.USAGE, "--ask-password needs a terminal to ask on, and there is none"
          + " (standard input or output is a pipe or a file). Nothing was done; no database was opened. Give the"
          + " password in the RETORT_PASSWORD environment variable, or with --password.");
    }
    char[] typed = reader.readPassword("Password for " + database + ": ");
    if (typed == null) {
      throw new RetortException(ErrorCode.USAGE, "--ask-password got no password: the input ended before a"
          + " line was typed. Nothing was done; no database was opened. Type the password and press Enter, or"
          + " give it in RETORT_PASSWORD.");
    }
    answer = new String(typed);
    Arrays.fill(typed, '\0');
    return answer;
  }
}
