package dev.retort.autogen;

import dev.retort.autogen.compare.Renames;
import dev.retort.autogen.introspect.ExpressionSpellings;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;

/**
 * Computed columns of the entities take the database's text for what they are computed from wherever the
 * database says the two mean the same, so that the comparator, which compares columns whole, sees no
 * difference in spelling alone.
 */
final class ComputedColumns {
  private ComputedColumns() {}

  static SchemaModel align(SchemaModel target, SchemaModel current, Renames renames, ExpressionSpellings spellings) {
    return target.withTables(target.tables().stream().map(t -> align(t, current, renames, spellings)).toList());
  }

  private static TableDef align(TableDef table, SchemaModel current, Renames renames,
      ExpressionSpellings spellings) {
    String had = renames.tables().entrySet().stream().filter(e -> e.getValue().equals(table.name()))
        .map(java.util.Map.Entry::getKey).findFirst().orElse(table.name());
    TableDef existing = current.table(had).orElse(null);
    if (existing == null) {
      return table;
    }
    return table.withColumns(table.columns().stream().map(column -> {
      ColumnDef stored = existing.column(column.name()).orElse(null);
      boolean alike = column.generatedAs() != null && stored != null && stored.generatedAs() != null
          && spellings.computesAlike(table.name(), column, stored);
      return alike ? column.generatedAs(stored.generatedAs()) : column;
    }).toList());
  }
}
