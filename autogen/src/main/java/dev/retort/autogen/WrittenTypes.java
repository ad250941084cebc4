package dev.retort.autogen;

import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.ColumnType;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import dev.retort.engine.schema.TypeKind;

/**
 * Offline, a column the migrations built takes the entities' type wherever this database would store the two
 * alike: a migration written on H2 says {@code blob} where Hibernate maps to PostgreSQL's {@code oid}, and
 * PostgreSQL's DDL writes both as {@code oid}. What a database reports back after the migration ran is what
 * {@link StoredTypes} compares online; this is the same question asked of the dialect alone. An ENUM keeps its
 * own type, since its values may live in a check the type's spelling does not show.
 */
final class WrittenTypes {
  private WrittenTypes() {}

  static SchemaModel align(SchemaModel built, SchemaModel target, SqlDialect dialect) {
    return built.withTables(built.tables().stream().map(table -> target.table(table.name())
        .map(wanted -> align(table, wanted, dialect)).orElse(table)).toList());
  }

  private static TableDef align(TableDef built, TableDef wanted, SqlDialect dialect) {
    return built.withColumns(built.columns().stream().map(column -> {
      ColumnDef entity = wanted.column(column.name()).orElse(null);
      return entity != null && storedAlike(entity.type(), column.type(), dialect)
          ? column.withType(entity.type()) : column;
    }).toList());
  }

  private static boolean storedAlike(ColumnType wanted, ColumnType written, SqlDialect dialect) {
    if (wanted.equals(written) || wanted.kind() == TypeKind.ENUM || written.kind() == TypeKind.ENUM) {
      return false;
    }
    return dialect.parseType(dialect.typeSql(wanted)).equals(dialect.parseType(dialect.typeSql(written)));
  }
}
