package dev.retort.autogen;

import dev.retort.autogen.compare.Renames;
import dev.retort.autogen.compare.SchemaComparator;
import dev.retort.autogen.compare.SchemaDiff;
import dev.retort.autogen.introspect.ExpressionSpellings;
import dev.retort.autogen.introspect.LeftAlone;
import dev.retort.autogen.introspect.SchemaIntrospector;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.schema.SchemaModel;
import java.sql.Connection;
import java.util.Set;

/**
 * The second half of a comparison with a live database, once both sides are read: the database's side is
 * normalised, the wanted side takes its spelling wherever the database says the two mean the same, and the
 * comparator turns the rest into operations. Autogenerate wants the entities' schema; drift wants the one the
 * applied migrations build.
 */
final class LiveComparison {
  private LiveComparison() {}

  /**
   * @param wanted the wanted schema, selected and normalised already
   * @param live what the introspector read
   * @param schemas the named schemas read
   */
  static SchemaDiff compare(Connection connection, SqlDialect dialect, SchemaIntrospector introspector,
      SchemaNormalizer normalizer, TableSelection selection, SchemaModel wanted, SchemaModel live,
      Set<String> schemas, Renames renames) {
    SchemaModel introspected = normalizer.normalize(selection.apply(live));
    SchemaModel aligned = normalizer.alignColumnCase(wanted, introspected);
    SchemaModel current = StoredTypes.align(introspected, aligned, dialect);
    // only expressions of tables that exist already are compared; new tables take theirs as written
    ExpressionSpellings expressions = introspector.spellExpressions(connection, aligned.tables().stream()
        .filter(t -> current.table(t.name()).isPresent() || renames.tables().containsValue(t.name())).toList(),
        current);
    SchemaModel target = SpelledColumns.align(aligned, current, renames, expressions);
    return new SchemaComparator(dialect).compare(target, current, renames, expressions::means)
        .withWarnings(expressions.warnings())
        .withWarnings(introspector.leftAlone(connection, schemas, selection::selects).stream()
            .map(LeftAlone::warning).toList());
  }
}
