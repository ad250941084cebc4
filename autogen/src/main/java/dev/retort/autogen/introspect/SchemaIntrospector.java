package dev.retort.autogen.introspect;

import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import java.sql.Connection;
import java.util.List;

/**
 * Reads the tables of a live database's current schema into a {@link SchemaModel}. Implementations are
 * stateless and issue a fixed number of catalog queries, however many tables there are.
 */
public interface SchemaIntrospector {

  /**
   * The tables of the connection's current schema (PostgreSQL and H2) or database (MariaDB) that the filter
   * includes. The connection is only read from and is left open.
   *
   * @throws dev.retort.engine.error.RetortException with {@code DATABASE_ERROR} when the catalog cannot be read
   */
  default SchemaModel introspect(Connection connection, TableFilter filter) {
    return introspect(connection, filter, java.util.Set.of());
  }

  /**
   * As above, and the tables and sequences of the named schemas too (PostgreSQL and H2), named
   * {@code schema.table}; the model lists those of the named schemas that exist. The connection's own schema
   * is always read, and its tables are named without it.
   *
   * @param namedSchemas canonical names of further schemas to read; ignored where schemas are databases
   */
  SchemaModel introspect(Connection connection, TableFilter filter, java.util.Set<String> namedSchemas);

  /**
   * How the database would store the CHECK constraints of {@code tables} (the entity side), in the spelling
   * {@link #introspect} reports real ones in. Leaves nothing behind in the database.
   *
   * @throws dev.retort.engine.error.RetortException with {@code DATABASE_ERROR} when the database fails
   */
  default ExpressionSpellings spellExpressions(Connection connection, List<TableDef> tables) {
    return spellExpressions(connection, tables, null);
  }

  /**
   * As above; where a first spelling is among the expressions {@code stored} (what {@link #introspect}
   * read) has on the table, the second round is left out for it.
   */
  ExpressionSpellings spellExpressions(Connection connection, List<TableDef> tables, SchemaModel stored);

  /**
   * What the database has that the model cannot hold and Retort therefore never compares, creates or
   * drops, one line each ({@code index ix_lower_name on packages: an index on an expression}), for the
   * tables of the schemas read.
   *
   * @param selected which tables the caller looks at
   */
  default List<LeftAlone> leftAlone(Connection connection, java.util.Set<String> namedSchemas,
      java.util.function.Predicate<String> selected) {
    return List.of();
  }

  /** The current schema without the version table. */
  default SchemaModel introspect(Connection connection) {
    return introspect(connection, TableFilter.DEFAULT);
  }
}
