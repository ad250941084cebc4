package dev.retort.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the process was started with: the working directory and environment variables. Passed in rather
 * than read globally so that tests run commands in their own folders.
 */
public record Environment(Path workingDir, Map<String, String> variables) {
  public Environment {
    workingDir = workingDir.toAbsolutePath().normalize();
    variables = Map.copyOf(variables);
  }

  public static Environment current() {
    return new Environment(Path.of(""), System.getenv());
  }

  public String variable(String name) {
    String value = variables.get(name);
    return value == null || value.isEmpty() ? null : value;
  }
}
