package dev.retort.test;

import dev.retort.autogen.discovery.DiscoveredEntities;
import dev.retort.autogen.entity.HibernateSettings;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.tool.schema.spi.SchemaManagementException;

/**
 * Starts Hibernate on the entities against the database with {@code hibernate.hbm2ddl.auto=validate}, as an
 * application with {@code ddl-auto=validate} starts, and reports what its schema validator rejects.
 */
final class HibernateValidation {
  private HibernateValidation() {}

  /** Hibernate's message when its validator rejects the schema; empty when the session factory starts. */
  static java.util.Optional<String> validate(DiscoveredEntities entities, String url, String user, String password,
      Map<String, String> hibernateSettings) {
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder(
        new BootstrapServiceRegistryBuilder().applyClassLoader(entities.loader()).build())
        // the settings autogenerate maps these entities with: Spring Boot's naming, when it is on the class path
        .applySettings(new HashMap<String, Object>(HibernateSettings.forEntities(entities.loader(),
            hibernateSettings)))
        .applySetting("jakarta.persistence.jdbc.url", url)
        .applySetting("jakarta.persistence.jdbc.user", user)
        .applySetting("jakarta.persistence.jdbc.password", password)
        .applySetting("hibernate.hbm2ddl.auto", "validate")
        .build();
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(entities.loader());
    try {
      MetadataSources sources = new MetadataSources(registry);
      entities.classes().forEach(sources::addAnnotatedClass);
      entities.mappingFiles().forEach(sources::addURL);
      try (SessionFactory factory = sources.buildMetadata().buildSessionFactory()) {
        return java.util.Optional.empty();
      }
    } catch (SchemaManagementException e) {
      return java.util.Optional.of(e.getMessage());
    } finally {
      thread.setContextClassLoader(previous);
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }
}
