package dev.retort.autogen.entity;

import dev.retort.autogen.discovery.DiscoveredEntities;
import dev.retort.autogen.discovery.EntityDiscovery;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.schema.SchemaModel;
import java.util.Map;

/** The schema the entities in a package ask for, in one call: discover, build metadata, read. */
public final class EntityModels {
  private EntityModels() {}

  public static SchemaModel read(ClassLoader loader, String entityPackage, SqlDialect dialect, int databaseMajor,
      int databaseMinor) {
    return read(loader, entityPackage, dialect, databaseMajor, databaseMinor, Map.of());
  }

  /** With the application's Hibernate settings, such as its physical naming strategy. */
  public static SchemaModel read(ClassLoader loader, String entityPackage, SqlDialect dialect, int databaseMajor,
      int databaseMinor, Map<String, String> hibernateSettings) {
    return read(EntityDiscovery.discover(loader, entityPackage), dialect, databaseMajor, databaseMinor,
        hibernateSettings);
  }

  /** The schema of entities discovered already. */
  public static SchemaModel read(DiscoveredEntities entities, SqlDialect dialect, int databaseMajor,
      int databaseMinor, Map<String, String> hibernateSettings) {
    try (EntityMetadata metadata = EntityMetadata.build(entities, dialect, databaseMajor, databaseMinor,
        hibernateSettings)) {
      try {
        return new EntitySchemaReader(dialect).read(metadata.metadata());
      } catch (LinkageError | TypeNotPresentException e) {
        // column types resolve lazily, so a missing type class can surface only now
        throw EntityMetadata.failure(e, entities);
      }
    }
  }
}
