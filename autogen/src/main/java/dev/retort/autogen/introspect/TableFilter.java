package dev.retort.autogen.introspect;

import dev.retort.engine.schema.QualifiedName;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Which tables introspection leaves out, by canonical name. The version table and the history tables of
 * Flyway, Liquibase and Alembic are always among them; a project that renames its version table builds its filter with {@link #forVersionTable}.
 * A sequence of an excluded name is left out too: a name the project keeps away from autogenerate stays
 * away whatever kind of object carries it.
 *
 * @param excludedTables canonical names of the tables (and sequences) never reported
 */
public record TableFilter(Set<String> excludedTables) {

  /** The name of the table that records applied revisions, unless configured otherwise. */
  public static final String VERSION_TABLE = "retort_version";

  /**
   * The history tables of the tools a project moves from (Flyway's, Liquibase's two, Alembic's): not the entities'
   * tables, and still read by that tool where it runs on, so never proposed for dropping. Matched whatever
   * their case, as each database stores them in its own.
   */
  public static final Set<String> OTHER_TOOLS =
      Set.of("flyway_schema_history", "databasechangelog", "databasechangeloglock", "alembic_version");

  /** Leaves out {@value #VERSION_TABLE} and the {@link #OTHER_TOOLS}' history tables. */
  public static final TableFilter DEFAULT = forVersionTable(VERSION_TABLE);

  public TableFilter {
    excludedTables = Set.copyOf(excludedTables);
  }

  /** Leaves out only the given version table. */
  public static TableFilter forVersionTable(String versionTable) {
    Objects.requireNonNull(versionTable, "versionTable == null");
    return new TableFilter(Set.of(versionTable));
  }

  /** This filter, also leaving out the given tables. */
  public TableFilter excluding(String... canonicalNames) {
    Set<String> names = new HashSet<>(excludedTables);
    names.addAll(List.of(canonicalNames));
    return new TableFilter(names);
  }

  public boolean includes(String canonicalTableName) {
    return !excludedTables.contains(canonicalTableName)
        && !OTHER_TOOLS.contains(QualifiedName.parse(canonicalTableName).name().toLowerCase(Locale.ROOT));
  }
}
