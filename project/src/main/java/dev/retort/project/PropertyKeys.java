package dev.retort.project;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The keys retort.properties may hold: those the README documents, and Hibernate's and Envers' own, which
 * go to Hibernate. Any other key is a mistake that would otherwise pass in silence (a {@code URL=} typo sends
 * Retort to the default H2 file), so it is an error naming the nearest known key.
 */
final class PropertyKeys {
  static final List<String> KNOWN = List.of("url", "user", "password", "migrations.dir", "migrations.package",
      "entities", "classpath", "include", "exclude", "schemas", "connect.timeout", "read.timeout", "planner", "online.lock-timeout");
  private static final List<String> HANDED_ON = List.of("hibernate.", "org.hibernate.envers.");

  private PropertyKeys() {}

  static void check(Properties properties, Path file) {
    properties.stringPropertyNames().stream().sorted().filter(PropertyKeys::unknown).findFirst().ifPresent(key -> {
      throw new RetortException(ErrorCode.CONFIGURATION, file + " has the key '" + key + "', which Retort does not"
          + " know; did you mean '" + nearest(key) + "'? Nothing was changed and no database was opened. Fix"
          + " the key (known: " + String.join(", ", KNOWN) + ", and hibernate.* and org.hibernate.envers.*"
          + " for Hibernate), then rerun.");
    });
  }

  private static boolean unknown(String key) {
    return !KNOWN.contains(key) && HANDED_ON.stream().noneMatch(key::startsWith);
  }

  /** The known key fewest edits away, ignoring case. */
  static String nearest(String key) {
    String typed = key.toLowerCase(Locale.ROOT);
    return KNOWN.stream().min(Comparator.comparingInt((String known) -> distance(typed, known))
        .thenComparing(Comparator.naturalOrder())).orElseThrow();
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int[] row = new int[b.length() + 1];
      row[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        row[j] = Math.min(substitution, Math.min(row[j - 1], previous[j]) + 1);
      }
      previous = row;
    }
    return previous[b.length()];
  }
}
