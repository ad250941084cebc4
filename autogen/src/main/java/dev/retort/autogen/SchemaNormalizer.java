package dev.retort.autogen;

import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.schema.PrimaryKeyDef;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;

/**
 * What both sides go through before they are compared, beyond what the dialect already canonicalised:
 * primary key names are dropped (databases choose them: {@code packages_pkey}, {@code CONSTRAINT_8}), and
 * delete actions that mean the same on this database are spelled the same.
 */
final class SchemaNormalizer {
  private final SqlDialect dialect;

  SchemaNormalizer(SqlDialect dialect) {
    this.dialect = dialect;
  }

  SchemaModel normalize(SchemaModel schema) {
    return schema.withTables(schema.tables().stream().map(this::normalize).toList());
  }

  private TableDef normalize(TableDef table) {
    PrimaryKeyDef key = table.primaryKey();
    TableDef unnamed = key == null || key.name() == null
        ? table : table.withPrimaryKey(new PrimaryKeyDef(null, key.columns()));
    return unnamed.withForeignKeys(table.foreignKeys().stream()
        .map(fk -> fk.onDelete(dialect.canonicalAction(fk.onDelete())))
        .toList());
  }
}
