package dev.retort.autogen;

import dev.retort.autogen.compare.Renames;
import dev.retort.autogen.compare.SchemaDiff;
import dev.retort.autogen.introspect.Introspectors;
import dev.retort.autogen.introspect.SchemaIntrospector;
import dev.retort.autogen.introspect.TableFilter;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.schema.QualifiedName;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;

/**
 * The live database compared with the schema its applied migrations build in memory: what someone changed by
 * hand, as the operations that would restore the migrations' schema. The database is read as autogenerate
 * reads it (the same introspector, filter and selection), so the version table and other tools' tables are no
 * drift, and expressions are compared by what the database says they mean.
 */
public final class DriftComparison {
  private final SqlDialect dialect;
  private final TableSelection selection;

  public DriftComparison(SqlDialect dialect, TableSelection selection) {
    this.dialect = dialect;
    this.selection = selection;
  }

  /** What would bring the database back to {@code replayed}. */
  public SchemaDiff compare(Connection connection, SchemaModel replayed) throws SQLException {
    String defaultSchema = dialect.supportsSchemas() ? dialect.canonicalName(connection.getSchema()) : null;
    SchemaNormalizer normalizer = new SchemaNormalizer(dialect, defaultSchema);
    SchemaIntrospector introspector = Introspectors.forDialect(dialect);
    Set<String> schemas = new TreeSet<>(replayed.schemas());
    selection.schemas().forEach(s -> schemas.add(dialect.unquotedName(s)));
    for (TableDef table : replayed.tables()) {
      String schema = QualifiedName.parse(table.name()).schema();
      if (schema != null) {
        schemas.add(schema);
      }
    }
    if (defaultSchema != null) {
      schemas.remove(defaultSchema);
    }
    SchemaModel live = introspector.introspect(connection, TableFilter.DEFAULT, schemas);
    SchemaModel wanted = normalizer.normalize(selection.apply(replayed));
    return LiveComparison.compare(connection, dialect, introspector, normalizer, selection, wanted, live, schemas,
        Renames.NONE);
  }
}
