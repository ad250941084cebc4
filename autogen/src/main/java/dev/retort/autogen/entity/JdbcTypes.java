package dev.retort.autogen.entity;

import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.schema.ColumnType;
import dev.retort.engine.schema.TypeKind;
import org.hibernate.boot.Metadata;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.mapping.Column;
import org.hibernate.type.SqlTypes;

/**
 * What a property is, from Hibernate's JDBC type, where the dialect's spelling says less: PostgreSQL has no
 * {@code tinyint} and one {@code bytea} for every binary, MariaDB no {@code char} Hibernate uses and no
 * time zone in {@code datetime}. The portable type is taken only where this database writes it as exactly
 * what Hibernate writes, so the schema here is the same and a migration written here says what the others
 * need ({@code tinyint}, {@code varbinary(32)}, {@code char(1)}, {@code timestamp with time zone}).
 */
final class JdbcTypes {
  private JdbcTypes() {}

  static ColumnType portable(Column column, Metadata metadata, SqlDialect dialect, ColumnType spelled) {
    ColumnType candidate = candidate(column, metadata, spelled);
    if (candidate == null || candidate.equals(spelled)) {
      return spelled;
    }
    return dialect.parseType(dialect.typeSql(candidate)).equals(spelled) ? candidate : spelled;
  }

  private static ColumnType candidate(Column column, Metadata metadata, ColumnType spelled) {
    int code = column.getSqlTypeCode(metadata);
    return switch (code) {
      case SqlTypes.TINYINT -> ColumnType.of(TypeKind.TINYINT);
      case SqlTypes.CHAR, SqlTypes.NCHAR -> spelled.length() == null ? null
          : ColumnType.sized(TypeKind.CHAR, spelled.length());
      case SqlTypes.BINARY, SqlTypes.VARBINARY -> {
        Size size = column.getColumnSize(metadata.getDatabase().getDialect(), metadata);
        yield size.getLength() == null ? null : ColumnType.sized(
            code == SqlTypes.BINARY ? TypeKind.BINARY : TypeKind.VARBINARY, size.getLength().intValue());
      }
      case SqlTypes.TIMESTAMP_WITH_TIMEZONE, SqlTypes.TIMESTAMP_UTC ->
          spelled.kind().hasFractionalSeconds() ? ColumnType.temporal(TypeKind.TIMESTAMP_TZ, spelled.precision())
              : null;
      default -> null;
    };
  }
}
