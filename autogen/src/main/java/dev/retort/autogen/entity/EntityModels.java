package dev.retort.autogen.entity;

import dev.retort.engine.dialect.SqlDialect;

/** The schema the entities in a package ask for, in one call: scan, build metadata, read. */
public final class EntityModels {
  private EntityModels() {}

  public static EntitySchema read(ClassLoader loader, String entityPackage, SqlDialect dialect, int databaseMajor,
      int databaseMinor) {
    try (EntityMetadata metadata = EntityMetadata.build(EntityScanner.scan(loader, entityPackage), loader, dialect,
        databaseMajor, databaseMinor)) {
      return new EntitySchemaReader(dialect).read(metadata.metadata());
    }
  }
}
