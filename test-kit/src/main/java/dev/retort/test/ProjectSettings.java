package dev.retort.test;

import dev.retort.autogen.entity.HibernateSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The Hibernate settings of the project's {@code retort.properties}, read as the command line reads them: every
 * {@code hibernate.*} and {@code org.hibernate.envers.*} key, so the checks map the entities as autogenerate
 * does for the same project.
 */
final class ProjectSettings {
  static final String PROPERTIES_FILE = "retort.properties";

  private ProjectSettings() {}

  static Map<String, String> hibernate(Path workingDir) {
    Path file = workingDir.resolve(PROPERTIES_FILE);
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage() + ". Fix or remove the file.",
          e);
    }
    return HibernateSettings.of(properties);
  }
}
