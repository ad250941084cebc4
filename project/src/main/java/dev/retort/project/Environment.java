package dev.retort.project;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the process was started with: the working directory, environment variables and, on a terminal, a
 * way to ask questions and to read a password. Passed in rather than read globally so that tests run commands
 * in their own folders, with a terminal of their own or none.
 *
 * @param workingDir the project folder
 * @param variables environment variables
 * @param prompter asks yes/no questions; null without a terminal
 * @param passwordReader reads a password without echo; null without a terminal
 */
public record Environment(Path workingDir, Map<String, String> variables, Prompter prompter,
    PasswordReader passwordReader) {
  public Environment {
    workingDir = workingDir.toAbsolutePath().normalize();
    variables = Map.copyOf(variables);
  }

  /** Without a terminal to ask on. */
  public Environment(Path workingDir, Map<String, String> variables) {
    this(workingDir, variables, null, null);
  }

  public static Environment current() {
    return new Environment(Path.of(""), System.getenv(), Prompter.console(), PasswordReader.console());
  }

  /** Whether questions can be asked: only on an interactive terminal. */
  public boolean interactive() {
    return prompter != null;
  }

  public String variable(String name) {
    String value = variables.get(name);
    return value == null || value.isEmpty() ? null : value;
  }
}
