package dev.retort.autogen;

import dev.retort.autogen.compare.Renames;
import dev.retort.autogen.compare.SchemaComparator;
import dev.retort.autogen.compare.SchemaDiff;
import dev.retort.autogen.entity.EntityModels;
import dev.retort.autogen.entity.EntitySchema;
import dev.retort.autogen.introspect.Introspectors;
import dev.retort.autogen.introspect.TableFilter;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.schema.SchemaModel;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/**
 * Autogenerate's pipeline: the entities (through Hibernate's metadata, built offline for the connected
 * database's version) and the live database each become a {@link SchemaModel}; the comparator turns the
 * difference into operations.
 */
public final class Autogenerator {
  private final SqlDialect dialect;
  private final TableSelection selection;

  public Autogenerator(SqlDialect dialect) {
    this(dialect, TableSelection.ALL);
  }

  public Autogenerator(SqlDialect dialect, TableSelection selection) {
    this.dialect = dialect;
    this.selection = selection;
  }

  public SchemaDiff compare(Connection connection, String entityPackage, ClassLoader entityClasses)
      throws SQLException {
    return compare(connection, entityPackage, entityClasses, Renames.NONE);
  }

  /** As above, turning the confirmed renames into rename operations that keep the data. */
  public SchemaDiff compare(Connection connection, String entityPackage, ClassLoader entityClasses,
      Renames renames) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    EntitySchema entities = EntityModels.read(entityClasses, entityPackage, dialect,
        meta.getDatabaseMajorVersion(), meta.getDatabaseMinorVersion());
    SchemaModel target = entities.schema();
    SchemaModel current = Introspectors.forDialect(dialect).introspect(connection, TableFilter.DEFAULT);
    SchemaNormalizer normalizer = new SchemaNormalizer(dialect);
    SchemaDiff diff = new SchemaComparator().compare(normalizer.normalize(selection.apply(target)),
        normalizer.normalize(selection.apply(current)), renames);
    return UnmanagedChecks.warn(diff, entities.checks());
  }
}
