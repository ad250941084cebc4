package dev.retort.autogen.entity;

import dev.retort.autogen.discovery.EntityDiscovery;
import dev.retort.engine.dialect.SqlDialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.hibernate.tool.schema.internal.SchemaCreatorImpl;

/**
 * Hibernate's own schema export ({@code hbm2ddl create}) of the metadata Retort reads: the oracle Retort's
 * initial migration is held against, and a way for tests to make a database as {@code ddl-auto} would.
 */
public final class HibernateExport {
  private HibernateExport() {}

  /** The statements Hibernate's exporter writes for {@code metadata}. */
  public static List<String> statements(EntityMetadata metadata) {
    return new SchemaCreatorImpl(metadata.registry()).generateCreationCommands(metadata.metadata(), true);
  }

  /** The statements Hibernate's exporter writes for the entities, for the connected database's version. */
  public static List<String> statements(Connection connection, ClassLoader loader, String entityPackage,
      SqlDialect dialect, Map<String, String> settings) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    try (EntityMetadata metadata = EntityMetadata.build(EntityDiscovery.discover(loader, entityPackage), dialect,
        meta.getDatabaseMajorVersion(), meta.getDatabaseMinorVersion(), settings)) {
      return statements(metadata);
    }
  }

  /** Creates the entities' schema as Hibernate's exporter does. */
  public static void create(Connection connection, ClassLoader loader, String entityPackage, SqlDialect dialect,
      Map<String, String> settings) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements(connection, loader, entityPackage, dialect, settings)) {
        statement.execute(sql);
      }
    }
  }
}
