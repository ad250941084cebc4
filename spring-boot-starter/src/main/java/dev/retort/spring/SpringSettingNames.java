package dev.retort.spring;

import dev.retort.engine.error.SettingNames;
import java.util.Map;

/**
 * Settings as a Spring Boot application gives them: {@code retort.lock-timeout} in application.properties,
 * and the connection through the application's data source ({@code spring.datasource.*}) unless
 * {@code retort.url} names another one. Reads are bounded by {@code retort.read-timeout} either way.
 */
final class SpringSettingNames implements SettingNames {
  private static final Map<String, String> DATA_SOURCE = Map.of("url", "spring.datasource.url",
      "user", "spring.datasource.username", "password", "spring.datasource.password",
      "connect.timeout", "the data source's own connection timeout");
  private static final Map<String, String> OWN = Map.of("user", "retort.user", "password", "retort.password",
      "url", "retort.url", "migrations.dir", "retort.migrations-package");

  private final boolean throughDataSource;

  /** {@code throughDataSource}: Retort migrates through the application's data source, not retort.url. */
  SpringSettingNames(boolean throughDataSource) {
    this.throughDataSource = throughDataSource;
  }

  @Override
  public String setting(String key) {
    String name = throughDataSource ? DATA_SOURCE.get(key) : null;
    if (name == null) {
      name = OWN.get(key);
    }
    return name != null ? name : "retort." + key.replace('.', '-');
  }
}
