package dev.retort.autogen.render;

import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Names migration classes so that they read well and sort by creation:
 * {@code M20261124_101500_AddPackageLastUpdated}.
 */
public final class MigrationNaming {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final int MAX_WORDS_LENGTH = 60;

  private MigrationNaming() {}

  public static String className(Instant createdAt, String message) {
    String words = camelCase(message == null ? "" : message);
    return "M" + STAMP.format(createdAt) + "_" + (words.isEmpty() ? "Migration" : words);
  }

  /** ASCII letters and digits of the message, each word capitalised; accents are dropped, not the letters. */
  static String camelCase(String message) {
    String ascii = Normalizer.normalize(message.replace("ß", "ss"), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    StringBuilder name = new StringBuilder();
    for (String word : ascii.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty() && name.length() < MAX_WORDS_LENGTH) {
        name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return name.length() > MAX_WORDS_LENGTH ? name.substring(0, MAX_WORDS_LENGTH) : name.toString();
  }
}
