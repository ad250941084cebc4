package dev.retort.autogen;

import dev.retort.autogen.compare.Renames;
import dev.retort.autogen.compare.SchemaDiff;
import dev.retort.autogen.discovery.DiscoveredEntities;
import dev.retort.autogen.discovery.EntityDiscovery;
import dev.retort.autogen.entity.EntityModels;
import dev.retort.autogen.introspect.Introspectors;
import dev.retort.autogen.introspect.SchemaIntrospector;
import dev.retort.autogen.introspect.TableFilter;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.schema.SchemaModel;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Autogenerate's pipeline: the entities (through Hibernate's metadata, built offline for the connected
 * database's version) and the live database each become a {@link SchemaModel}; the comparator turns the
 * difference into operations.
 */
public final class Autogenerator {
  private final SqlDialect dialect;
  private final TableSelection selection;
  private final Map<String, String> hibernateSettings;

  public Autogenerator(SqlDialect dialect) {
    this(dialect, TableSelection.ALL, Map.of());
  }

  /**
   * @param selection the tables to look at
   * @param hibernateSettings the application's Hibernate settings (naming strategies and the like)
   */
  public Autogenerator(SqlDialect dialect, TableSelection selection, Map<String, String> hibernateSettings) {
    this.dialect = dialect;
    this.selection = selection;
    this.hibernateSettings = Map.copyOf(hibernateSettings);
  }

  public SchemaDiff compare(Connection connection, String entityPackage, ClassLoader entityClasses)
      throws SQLException {
    return compare(connection, entityPackage, entityClasses, Renames.NONE);
  }

  /** As above, turning the confirmed renames into rename operations that keep the data. */
  public SchemaDiff compare(Connection connection, String entityPackage, ClassLoader entityClasses,
      Renames renames) throws SQLException {
    return compare(connection, EntityDiscovery.discover(entityClasses, entityPackage), renames);
  }

  /** As above, for entities discovered already (a front end prints what discovery found first). */
  public SchemaDiff compare(Connection connection, DiscoveredEntities discovered, Renames renames)
      throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    String defaultSchema = dialect.supportsSchemas() ? dialect.canonicalName(connection.getSchema()) : null;
    SchemaNormalizer normalizer = new SchemaNormalizer(dialect, defaultSchema);
    int major = meta.getDatabaseMajorVersion();
    int minor = meta.getDatabaseMinorVersion();
    SchemaIntrospector introspector = Introspectors.forDialect(dialect);
    // the schemas the user manages, and those the entities name, are read besides the connection's own
    Set<String> managed = new TreeSet<>();
    selection.schemas().forEach(s -> managed.add(dialect.unquotedName(s)));
    SchemaModel entities;
    SchemaModel live;
    Set<String> schemas = new TreeSet<>(managed);
    try (ConcurrentIntrospection reading = ConcurrentIntrospection.start(introspector, connection, managed)) {
      entities = normalizer.normalize(selection.apply(EntityModels.read(discovered, dialect, major, minor,
          hibernateSettings)));
      schemas.addAll(entities.schemas());
      live = reading.result(schemas);
    }
    if (live == null) {
      live = introspector.introspect(connection, TableFilter.DEFAULT, schemas);
    }
    SchemaDiff diff = LiveComparison.compare(connection, dialect, introspector, normalizer, selection, entities,
        live, schemas, renames);
    return VendorTypes.warn(EnversHint.warn(diff), dialect);
  }
}
