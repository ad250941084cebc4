package dev.retort.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * Hibernate's own schema management for the generated entities, as one process:
 * <ul>
 *   <li>{@code create}: Hibernate's export creates the schema (how the benchmark sets a database up);
 *   <li>{@code validate}: Hibernate's schema validator, run the way a build tool or a user's own main runs
 *       it: native bootstrap, metadata, then {@link SchemaManagementToolCoordinator} with
 *       {@code hibernate.hbm2ddl.auto=validate} and grouped extraction (one catalog read for all tables),
 *       without building a SessionFactory;
 *   <li>{@code sessionfactory}: a SessionFactory built with {@code hibernate.hbm2ddl.auto=validate}, as an
 *       application validates at start-up.
 * </ul>
 * The entity classes are listed in a file (as a {@code persistence.xml} lists them), so no scanning is
 * timed. Bean Validation is not on the class path, so Hibernate applies no Bean Validation constraints.
 *
 * <p>Arguments: {@code create|validate|sessionfactory ENTITIES_FILE JDBC_URL USER [PASSWORD]}.
 */
public final class HibernateSchema {
  private HibernateSchema() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      throw new IllegalArgumentException(
          "usage: HibernateSchema create|validate|sessionfactory ENTITIES_FILE JDBC_URL USER [PASSWORD]");
    }
    String mode = args[0];
    List<String> entities = Files.readAllLines(Path.of(args[1]));
    String action = mode.equals("create") ? "create" : "validate";
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
        .applySetting("jakarta.persistence.jdbc.url", args[2])
        .applySetting("jakarta.persistence.jdbc.user", args[3])
        .applySetting("jakarta.persistence.jdbc.password", args.length > 4 ? args[4] : "")
        .applySetting("hibernate.hbm2ddl.auto", action)
        .applySetting("hibernate.hbm2ddl.jdbc_metadata_extraction_strategy", "grouped")
        .build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      entities.forEach(sources::addAnnotatedClassName);
      Metadata metadata = sources.buildMetadata();
      if (mode.equals("sessionfactory")) {
        metadata.buildSessionFactory().close();
      } else if (mode.equals("create") || mode.equals("validate")) {
        Map<String, Object> settings = new HashMap<>(registry.requireService(ConfigurationService.class)
            .getSettings());
        SchemaManagementToolCoordinator.process(metadata, registry, settings, drop -> { });
      } else {
        throw new IllegalArgumentException("unknown mode: " + mode);
      }
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }
}
