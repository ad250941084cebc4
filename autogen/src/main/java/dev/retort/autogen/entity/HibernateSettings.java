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
      if (key.startsWith("hibernate.") || key.startsWith("org.hibernate.envers.")) {
        settings.put(key, properties.getProperty(key).strip());
      }
    }
    return settings;
  }
}
