package dev.retort.autogen.entity;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The settings of a Spring Boot application's {@code application.properties} / {@code application.yml} on its
 * class path, as one flat map; later sources override earlier ones as Spring Boot orders them: the class path
 * root before {@code config/}, and in one folder {@code .properties} over {@code .yml} over {@code .yaml}.
 * Profile-specific files and documents ({@code application-dev.yml}, {@code spring.config.activate.*}), files
 * outside the class path, environment variables and values with {@code ${...}} placeholders are not read:
 * autogenerate maps the entities as the application runs with no profile active.
 *
 * @param values each key, as written, with its value
 * @param sources for each key, the file it came from (for messages)
 */
record SpringApplicationProperties(Map<String, String> values, Map<String, String> sources) {
  private static final List<String> FILES = List.of("application.yaml", "application.yml", "application.properties",
      "config/application.yaml", "config/application.yml", "config/application.properties");

  SpringApplicationProperties {
    values = Map.copyOf(values);
    sources = Map.copyOf(sources);
  }

  static SpringApplicationProperties read(ClassLoader loader) {
    Map<String, String> values = new TreeMap<>();
    Map<String, String> sources = new TreeMap<>();
    for (String file : FILES) {
      URL url = loader.getResource(file);
      if (url == null) {
        continue;
      }
      for (Map<String, String> document : parse(file, text(url, file))) {
        if (document.keySet().stream().anyMatch(SpringApplicationProperties::isProfileCondition)) {
          continue;
        }
        document.forEach((key, value) -> {
          if (!value.contains("${")) {
            values.put(key, value);
            sources.put(key, file);
          }
        });
      }
    }
    return new SpringApplicationProperties(values, sources);
  }

  private static List<Map<String, String>> parse(String file, String text) {
    if (!file.endsWith(".properties")) {
      return SimpleYaml.documents(text);
    }
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (IOException | IllegalArgumentException e) {
      throw unreadable(file, e);
    }
    Map<String, String> document = new TreeMap<>();
    properties.stringPropertyNames().forEach(key -> document.put(key, properties.getProperty(key).strip()));
    return List.of(document);
  }

  private static boolean isProfileCondition(String key) {
    // spring.profiles alone is the old spelling of on-profile; spring.profiles.active is no condition
    return key.startsWith("spring.config.activate.") || key.equals("spring.profiles");
  }

  private static String text(URL url, String file) {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  private static RetortException unreadable(String file, Exception e) {
    return new RetortException(ErrorCode.IO, "Cannot read " + file + " on the entity class path: "
        + e.getMessage() + ". Nothing was written. Fix the file, then rerun.", e);
  }
}
