package dev.retort.autogen;

import dev.retort.autogen.introspect.EnumChecks;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.ColumnType;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import dev.retort.engine.schema.TypeKind;

/**
 * A database keeps less than a portable type says: H2 and MariaDB keep no length for an enum, PostgreSQL
 * stores a TINYINT as {@code smallint} and a VARBINARY as {@code bytea}, MariaDB a TIMESTAMP_TZ as
 * {@code datetime}. A stored column takes the entities' type wherever this database writes that type as
 * exactly what it has, so what it cannot hold never makes a difference, and the migration keeps saying what
 * the property is for the databases that can. An ENUM PostgreSQL keeps as {@code varchar} and a check is
 * read as the ENUM first ({@link EnumChecks}).
 */
final class StoredTypes {
  private StoredTypes() {}

  static SchemaModel align(SchemaModel current, SchemaModel target, SqlDialect dialect) {
    return current.withTables(current.tables().stream().map(table -> target.table(table.name())
        .map(wanted -> align(table, wanted, dialect)).orElse(table)).toList());
  }

  private static TableDef align(TableDef stored, TableDef wanted, SqlDialect dialect) {
    TableDef table = EnumChecks.fold(stored, wanted, dialect);
    return table.withColumns(table.columns().stream().map(column -> {
      ColumnDef entity = wanted.column(column.name()).orElse(null);
      return entity != null && storedAlike(entity.type(), column.type(), dialect)
          ? column.withType(entity.type()) : column;
    }).toList());
  }

  /**
   * Whether {@code stored} is what this database keeps for {@code wanted}. An ENUM stored with a check
   * (PostgreSQL) is more than its type: its introspector reads it back as the ENUM or not at all.
   */
  private static boolean storedAlike(ColumnType wanted, ColumnType stored, SqlDialect dialect) {
    if (wanted.equals(stored) || wanted.kind() == TypeKind.ENUM && stored.kind() != TypeKind.ENUM) {
      return false;
    }
    return dialect.parseType(dialect.typeSql(wanted)).equals(stored);
  }
}
