package dev.retort.autogen;

import dev.retort.autogen.compare.CheckMeaning;
import dev.retort.autogen.compare.Renames;
import dev.retort.autogen.compare.SchemaComparator;
import dev.retort.autogen.compare.SchemaDiff;
import dev.retort.autogen.discovery.DiscoveredEntities;
import dev.retort.autogen.entity.EntityModels;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.schema.SchemaModel;
import java.util.Map;

/**
 * The entities compared with the schema the migrations build in memory, as autogenerate compares them with a
 * database, but without one: the entities are mapped for {@link OfflineDatabase}'s version, and the
 * expressions of checks and defaults are compared as written ({@link CheckMeaning#AS_WRITTEN}: a conjunction in
 * any order), since no database can say that two spellings mean the same, and types by how this database's DDL
 * spells them ({@link WrittenTypes}).
 */
public final class OfflineComparison {
  private final OfflineDatabase database;
  private final TableSelection selection;
  private final Map<String, String> hibernateSettings;

  /**
   * @param selection the tables to look at
   * @param hibernateSettings the application's Hibernate settings (naming strategies and the like)
   */
  public OfflineComparison(OfflineDatabase database, TableSelection selection,
      Map<String, String> hibernateSettings) {
    this.database = database;
    this.selection = selection;
    this.hibernateSettings = Map.copyOf(hibernateSettings);
  }

  /** What an autogenerate would write to bring {@code replayed} to the entities. */
  public SchemaDiff compare(DiscoveredEntities entities, SchemaModel replayed) {
    SqlDialect dialect = database.dialect();
    SchemaNormalizer normalizer = new SchemaNormalizer(dialect, database.defaultSchema());
    SchemaModel wanted = normalizer.normalize(selection.apply(EntityModels.read(entities, dialect,
        database.major(), database.minor(), hibernateSettings)));
    SchemaModel built = normalizer.normalize(selection.apply(replayed));
    SchemaModel target = normalizer.alignColumnCase(wanted, built);
    SchemaModel current = WrittenTypes.align(StoredTypes.align(built, target, dialect), target, dialect);
    SchemaDiff diff = new SchemaComparator(dialect).compare(target, current, Renames.NONE,
        CheckMeaning.AS_WRITTEN);
    return VendorTypes.warn(EnversHint.warn(diff), dialect);
  }
}
