package dev.retort.autogen;

import dev.retort.autogen.compare.Renames;
import dev.retort.autogen.compare.SchemaComparator;
import dev.retort.autogen.compare.SchemaDiff;
import dev.retort.autogen.entity.EntityMetadata;
import dev.retort.autogen.entity.EntitySchemaReader;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link Autogenerator#compare} for an explicit list of mapped classes. The corpus models list their
 * classes (a persistence.xml, a jar index) rather than owning a package, and autogen's public API only
 * takes a package; this mirrors its pipeline step for step until it takes a class list itself.
 */
public final class ClassListAutogen {
  private ClassListAutogen() {}

  public static SchemaDiff compare(Connection connection, SqlDialect dialect, List<Class<?>> classes,
      ClassLoader loader, Map<String, String> settings, TableSelection selection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    String defaultSchema = dialect.supportsSchemas() ? dialect.canonicalName(connection.getSchema()) : null;
    SchemaNormalizer normalizer = new SchemaNormalizer(dialect, defaultSchema);
    SchemaModel read;
    try (EntityMetadata metadata = EntityMetadata.build(classes, loader, dialect, meta.getDatabaseMajorVersion(),
        meta.getDatabaseMinorVersion(), settings)) {
      read = new EntitySchemaReader(dialect).read(metadata.metadata());
    }
    SchemaModel entities = normalizer.normalize(selection.apply(read));
    SchemaIntrospector introspector = Introspectors.forDialect(dialect);
    Set<String> schemas = new TreeSet<>(entities.schemas());
    SchemaModel current = normalizer.normalize(selection.apply(introspector.introspect(connection,
        TableFilter.DEFAULT, schemas)));
    SchemaModel aligned = normalizer.alignColumnCase(entities, current);
    ExpressionSpellings expressions = introspector.spellExpressions(connection, aligned.tables().stream()
        .filter(t -> current.table(t.name()).isPresent()).toList(), current);
    SchemaModel target = ComputedColumns.align(aligned, current, Renames.NONE, expressions);
    SchemaDiff diff = new SchemaComparator().compare(target, current, Renames.NONE, expressions::means)
        .withWarnings(expressions.warnings())
        .withWarnings(introspector.leftAlone(connection, schemas, selection::selects).stream()
            .map(LeftAlone::warning).toList());
    return EnversHint.warn(diff);
  }
}
