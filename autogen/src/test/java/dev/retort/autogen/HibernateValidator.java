package dev.retort.autogen;

import dev.retort.autogen.discovery.DiscoveredEntities;
import dev.retort.engine.testing.TestDatabase;
import java.util.Optional;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.tool.schema.spi.SchemaManagementException;

/** Starts Hibernate on entities against a test database with {@code hbm2ddl.auto=validate}, as an application would. */
final class HibernateValidator {
  private HibernateValidator() {}

  /** What Hibernate's schema validator rejects; empty when the session factory starts. */
  static Optional<String> validate(DiscoveredEntities entities, TestDatabase db) {
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
        .applySetting("jakarta.persistence.jdbc.url", db.url())
        .applySetting("jakarta.persistence.jdbc.user", db.user())
        .applySetting("jakarta.persistence.jdbc.password", db.password())
        .applySetting("hibernate.hbm2ddl.auto", "validate")
        .build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      entities.classes().forEach(sources::addAnnotatedClass);
      try (SessionFactory factory = sources.buildMetadata().buildSessionFactory()) {
        return Optional.empty();
      }
    } catch (SchemaManagementException e) {
      return Optional.of(e.getMessage());
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }
}
