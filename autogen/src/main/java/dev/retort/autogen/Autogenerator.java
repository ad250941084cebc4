package dev.retort.autogen;

import dev.retort.autogen.compare.Renames;
import dev.retort.autogen.compare.SchemaComparator;
import dev.retort.autogen.compare.SchemaDiff;
import dev.retort.autogen.discovery.DiscoveredEntities;
import dev.retort.autogen.discovery.EntityDiscovery;
import dev.retort.autogen.entity.EntityModels;
import dev.retort.autogen.introspect.ExpressionSpellings;
import dev.retort.autogen.introspect.Introspectors;
import dev.retort.autogen.introspect.LeftAlone;
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
    SchemaModel entities = normalizer.normalize(selection.apply(EntityModels.read(discovered, dialect,
        meta.getDatabaseMajorVersion(), meta.getDatabaseMinorVersion(), hibernateSettings)));
    SchemaIntrospector introspector = Introspectors.forDialect(dialect);
    // the schemas the entities name, and those the user manages, are read besides the connection's own
    Set<String> schemas = new TreeSet<>(entities.schemas());
    selection.schemas().forEach(s -> schemas.add(dialect.unquotedName(s)));
    SchemaModel introspected = normalizer.normalize(selection.apply(introspector.introspect(connection,
        TableFilter.DEFAULT, schemas)));
    SchemaModel aligned = normalizer.alignColumnCase(entities, introspected);
    SchemaModel current = StoredTypes.align(introspected, aligned, dialect);
    // only expressions of tables that exist already are compared; new tables take theirs as written
    ExpressionSpellings expressions = introspector.spellExpressions(connection, aligned.tables().stream()
        .filter(t -> current.table(t.name()).isPresent() || renames.tables().containsValue(t.name())).toList(),
        current);
    SchemaModel target = SpelledColumns.align(aligned, current, renames, expressions);
    SchemaDiff diff = new SchemaComparator(dialect).compare(target, current, renames, expressions::means)
        .withWarnings(expressions.warnings())
        .withWarnings(introspector.leftAlone(connection, schemas, selection::selects).stream()
            .map(LeftAlone::warning).toList());
    return VendorTypes.warn(EnversHint.warn(diff), dialect);
  }
}
