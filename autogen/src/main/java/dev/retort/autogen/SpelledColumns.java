package dev.retort.autogen;

import dev.retort.autogen.compare.Renames;
import dev.retort.autogen.introspect.ExpressionSpellings;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import java.util.Map;

/**
 * The entities' columns take the database's text for their SQL expressions wherever the database says the
 * two mean the same: what a computed column is computed from, and a default ({@code current_timestamp} and
 * {@code CURRENT_TIMESTAMP}, {@code 0} and {@code 0.00}). The comparator compares columns whole, so spelling
 * alone then makes no difference.
 */
final class SpelledColumns {
  private SpelledColumns() {}

  static SchemaModel align(SchemaModel target, SchemaModel current, Renames renames, ExpressionSpellings spellings) {
    return target.withTables(target.tables().stream().map(t -> align(t, current, renames, spellings)).toList());
  }

  private static TableDef align(TableDef table, SchemaModel current, Renames renames,
      ExpressionSpellings spellings) {
    String had = renames.tables().entrySet().stream().filter(e -> e.getValue().equals(table.name()))
        .map(Map.Entry::getKey).findFirst().orElse(table.name());
    TableDef existing = current.table(had).orElse(null);
    if (existing == null) {
      return table;
    }
    return table.withColumns(table.columns().stream().map(column -> {
      ColumnDef stored = existing.column(column.name()).orElse(null);
      if (stored == null) {
        return column;
      }
      if (column.generatedAs() != null && stored.generatedAs() != null
          && spellings.computesAlike(table.name(), column, stored)) {
        return column.generatedAs(stored.generatedAs());
      }
      if (column.defaultValue() != null && stored.defaultValue() != null
          && spellings.defaultsAlike(table.name(), column, stored)) {
        return column.withDefault(stored.defaultValue());
      }
      return column;
    }).toList());
  }
}
