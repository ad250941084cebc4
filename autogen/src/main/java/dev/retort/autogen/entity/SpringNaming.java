package dev.retort.autogen.entity;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Hibernate settings Spring Boot gives an application's entities, when Spring Boot's Hibernate support is
 * on the entity class path: its naming strategies (by default {@value #SPRING_IMPLICIT} and
 * {@value #SNAKE_CASE}, or those {@code spring.jpa.hibernate.naming.implicit-strategy} and
 * {@code physical-strategy} name), and every {@code spring.jpa.properties.hibernate.*} key, read from the
 * application's {@code application.properties} / {@code application.yml}. Autogenerate then maps the entities
 * as the running application does. Found by class name, so autogen needs no Spring dependency.
 */
public final class SpringNaming {
  /** Spring Boot 4's implicit naming strategy: join tables named after the owning property. */
  static final String SPRING_IMPLICIT = "org.springframework.boot.hibernate.SpringImplicitNamingStrategy";
  /** Spring Boot 4's default physical naming strategy (Hibernate's own snake_case). */
  static final String SNAKE_CASE = "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl";
  static final String IMPLICIT = "hibernate.implicit_naming_strategy";
  static final String PHYSICAL = "hibernate.physical_naming_strategy";
  private static final String JPA_PROPERTIES = "spring.jpa.properties.";
  private static final String NAMING = "spring.jpa.hibernate.naming.";

  private SpringNaming() {}

  /** True when {@code loader} sees Spring Boot's Hibernate support, so the application runs with its naming. */
  public static boolean onClassPath(ClassLoader loader) {
    return loads(loader, SPRING_IMPLICIT);
  }

  /** The settings Spring Boot would give Hibernate; empty without Spring Boot on the class path. */
  public static Map<String, String> settings(ClassLoader loader) {
    if (!onClassPath(loader)) {
      return Map.of();
    }
    SpringApplicationProperties application = SpringApplicationProperties.read(loader);
    Map<String, String> settings = new TreeMap<>();
    Map<String, String> naming = new TreeMap<>();
    application.values().forEach((key, value) -> {
      if (key.startsWith(JPA_PROPERTIES) && HibernateSettings.isHibernateKey(key.substring(JPA_PROPERTIES.length()))) {
        settings.put(key.substring(JPA_PROPERTIES.length()), value);
      } else if (key.startsWith(NAMING)) {
        // Spring Boot's relaxed binding: physical-strategy, physicalStrategy and physical_strategy are one key
        naming.put(key.substring(NAMING.length()).replace("-", "").replace("_", "").toLowerCase(Locale.ROOT), key);
      }
    });
    // Spring Boot's order: the naming property, then spring.jpa.properties, then its default
    strategy(settings, IMPLICIT, naming.get("implicitstrategy"), SPRING_IMPLICIT, application, loader);
    strategy(settings, PHYSICAL, naming.get("physicalstrategy"), SNAKE_CASE, application, loader);
    return settings;
  }

  private static void strategy(Map<String, String> settings, String hibernateKey, String springKey,
      String fallback, SpringApplicationProperties application, ClassLoader loader) {
    if (springKey != null) {
      String named = application.values().get(springKey);
      if (!loads(loader, named)) {
        throw new RetortException(ErrorCode.CONFIGURATION, springKey + "=" + named + " in "
            + application.sources().get(springKey) + " names a class that is not on the entity class path, so"
            + " the entities cannot be mapped as the application maps them. Nothing was written. Fix the class"
            + " name, or add the jar that holds it to the class path.");
      }
      settings.put(hibernateKey, named);
    } else {
      settings.putIfAbsent(hibernateKey, fallback);
    }
  }

  private static boolean loads(ClassLoader loader, String className) {
    try {
      Class.forName(className, false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
