package dev.retort.autogen.entity;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Which keys of a project's {@code retort.properties} go to Hibernate when it reads the entities: every
 * {@code hibernate.*} key, and every {@code org.hibernate.envers.*} one (Envers' settings name its audit tables
 * and columns). One rule for the command line and the test kit, so both map the entities alike.
 */
public final class HibernateSettings {
  private HibernateSettings() {}

  public static Map<String, String> of(Properties properties) {
    Map<String, String> settings = new TreeMap<>();
    for (String key : properties.stringPropertyNames()) {
      if (isHibernateKey(key)) {
        settings.put(key, properties.getProperty(key).strip());
      }
    }
    return settings;
  }

  /** A key Hibernate (or Envers) reads. */
  public static boolean isHibernateKey(String key) {
    return key.startsWith("hibernate.") || key.startsWith("org.hibernate.envers.");
  }

  /**
   * The settings Hibernate reads the entities on {@code loader} with: the application's own when it is a Spring
   * Boot application ({@link SpringNaming}), under the project's {@code settings}, which win.
   */
  public static Map<String, String> forEntities(ClassLoader loader, Map<String, String> settings) {
    Map<String, String> merged = new TreeMap<>(SpringNaming.settings(loader));
    merged.putAll(settings);
    return merged;
  }
}
