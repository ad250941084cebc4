package dev.retort.autogen.entity;

import java.util.List;
import org.hibernate.tool.schema.internal.SchemaCreatorImpl;

/** Hibernate's own schema export for metadata Retort built: the oracle the corpus compares against. */
public final class HibernateExport {
  private HibernateExport() {}

  public static List<String> createCommands(EntityMetadata metadata) {
    return new SchemaCreatorImpl(metadata.registry()).generateCreationCommands(metadata.metadata(), true);
  }
}
