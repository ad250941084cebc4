package dev.retort.autogen;

import dev.retort.autogen.introspect.ExpressionSpellings;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;

/**
 * Column defaults of the entities take the database's text wherever the database says the two mean the
 * same ({@code current_timestamp} and {@code CURRENT_TIMESTAMP}, {@code 0} and {@code 0.00}), so that the
 * comparator, which compares columns whole, sees no difference in spelling alone.
 */
final class ColumnDefaults {
  private ColumnDefaults() {}

  static SchemaModel align(SchemaModel target, SchemaModel current, ExpressionSpellings spellings) {
    return target.withTables(target.tables().stream().map(t -> align(t, current, spellings)).toList());
  }

  private static TableDef align(TableDef table, SchemaModel current, ExpressionSpellings spellings) {
    TableDef existing = current.table(table.name()).orElse(null);
    if (existing == null) {
      return table;
    }
    return table.withColumns(table.columns().stream().map(column -> {
      ColumnDef stored = existing.column(column.name()).orElse(null);
      boolean alike = column.defaultValue() != null && stored != null && stored.defaultValue() != null
          && spellings.defaultsAlike(table.name(), column, stored);
      return alike ? column.withDefault(stored.defaultValue()) : column;
    }).toList());
  }
}
