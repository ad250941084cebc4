package dev.retort.engine.error;

import java.util.List;

/**
 * How the user of a front end gives each setting, so that a message names its next step in that user's own
 * terms: {@code --lock-timeout} on the command line, {@code <lockTimeout>} in a Maven build,
 * {@code retort.lock-timeout} in a Spring Boot application. Settings are named by their retort.properties keys
 * ({@code url}, {@code lock.timeout}, {@code migrations.dir}).
 */
public interface SettingNames {
  /** Retort's command line, which the engine's messages name unless told otherwise. */
  SettingNames COMMAND_LINE = new CommandLineNames();

  /** One setting as its user gives it: {@code --read-timeout}. */
  String setting(String key);

  /**
   * Settings checked together, as one phrase: {@code --user and --password}. A front end with other places
   * for them says so here.
   */
  default String settings(String... keys) {
    return join(List.of(keys).stream().map(this::setting).toList());
  }

  /** {@code a}, {@code a and b}, {@code a, b and c}. */
  static String join(List<String> words) {
    int last = words.size() - 1;
    return last <= 0 ? String.join("", words) : String.join(", ", words.subList(0, last)) + " and " + words.get(last);
  }
}
