package dev.retort.engine.dialect;

import static dev.retort.engine.schema.TypeKind.BIGINT;
import static dev.retort.engine.schema.TypeKind.BLOB;
import static dev.retort.engine.schema.TypeKind.BOOLEAN;
import static dev.retort.engine.schema.TypeKind.DATE;
import static dev.retort.engine.schema.TypeKind.DOUBLE;
import static dev.retort.engine.schema.TypeKind.INTEGER;
import static dev.retort.engine.schema.TypeKind.JSON;
import static dev.retort.engine.schema.TypeKind.REAL;
import static dev.retort.engine.schema.TypeKind.SMALLINT;
import static dev.retort.engine.schema.TypeKind.TEXT;
import static dev.retort.engine.schema.TypeKind.TINYINT;
import static dev.retort.engine.schema.TypeKind.UUID;

import dev.retort.engine.schema.ColumnType;
import dev.retort.engine.schema.EnumSpelling;
import dev.retort.engine.schema.TypeKind;
import java.util.List;

/**
 * MariaDB types: what Hibernate's MariaDBDialect writes ({@code bit}, {@code datetime(6)}, {@code decimal(38,2)},
 * {@code longtext}) and what information_schema.COLUMNS.COLUMN_TYPE reports ({@code bit(1)}, {@code int(11)},
 * {@code bigint(20)}: display widths mean nothing and are dropped). {@code unsigned} and {@code enum(...)}
 * stay vendor types, and so does {@code timestamp} (UTC-converted, up to 2038, updated by itself unless told
 * otherwise), and {@code char} (padded, trailing spaces stripped): a time-zone-aware TIMESTAMP_TZ is written
 * {@code datetime} and a CHAR {@code varchar}, as Hibernate writes them. JSON is stored as {@code longtext}, so the catalog reports it as TEXT (the introspector
 * recognises it by the {@code json_valid} check MariaDB adds).
 */
final class MariaDbTypes implements TypeMapping {
  @Override
  public String sql(ColumnType type) {
    return switch (type.kind()) {
      case BOOLEAN -> "bit";
      case TINYINT -> "tinyint";
      case SMALLINT -> "smallint";
      case INTEGER -> "integer";
      case BIGINT -> "bigint";
      case REAL -> "float";
      case DOUBLE -> "double";
      case NUMERIC -> Spell.numeric("decimal", type);
      // Hibernate writes a CHAR as varchar here: MariaDB's char pads and strips trailing spaces
      case CHAR -> "varchar(" + type.length() + ")";
      case VARCHAR -> "varchar(" + type.length() + ")";
      case TEXT -> "longtext";
      case DATE -> "date";
      case TIME -> Spell.fractional("time", type, "");
      case TIMESTAMP -> Spell.fractional("datetime", type, "");
      // what Hibernate writes for an Instant or OffsetDateTime here: MariaDB's timestamp is another type
      case TIMESTAMP_TZ -> Spell.fractional("datetime", type, "");
      case UUID -> "uuid";
      case BINARY -> "binary(" + type.length() + ")";
      case VARBINARY -> "varbinary(" + type.length() + ")";
      case BLOB -> "longblob";
      case ENUM -> EnumSpelling.spell(type.values());
      case JSON -> "json";
      case OTHER -> type.rawName();
    };
  }

  @Override
  public ColumnType parse(String sqlType) {
    List<String> enumValues = EnumSpelling.values(sqlType);
    if (enumValues != null && !enumValues.isEmpty()) {
      // the database keeps no length; the comparison takes the entities' one
      return ColumnType.enumOf(null, enumValues);
    }
    TypeSpelling t = TypeSpelling.of(sqlType);
    if (!t.numeric() || !t.suffix().isEmpty()) {
      return ColumnType.raw(t.normalized());
    }
    return switch (t.name()) {
      case "bit" -> t.arg(0) == null || t.arg(0) == 1 ? ColumnType.of(BOOLEAN) : ColumnType.raw(t.normalized());
      case "boolean", "bool" -> ColumnType.of(TINYINT);
      case "tinyint" -> ColumnType.of(TINYINT);
      case "smallint" -> ColumnType.of(SMALLINT);
      case "int", "integer" -> ColumnType.of(INTEGER);
      case "bigint" -> ColumnType.of(BIGINT);
      case "float" -> t.arg(0) != null && t.arg(0) > 24 ? ColumnType.of(DOUBLE) : ColumnType.of(REAL);
      case "double", "double precision", "real" -> ColumnType.of(DOUBLE);
      case "decimal", "numeric", "dec" -> ColumnType.numeric(t.arg(0), t.arg(1));
      case "varchar" -> Spell.sized(TypeKind.VARCHAR, t, TEXT);
      case "char" -> ColumnType.raw(t.normalized());
      case "longtext" -> ColumnType.of(TEXT);
      case "date" -> ColumnType.of(DATE);
      case "time" -> ColumnType.temporal(TypeKind.TIME, fsp(t));
      case "datetime" -> ColumnType.temporal(TypeKind.TIMESTAMP, fsp(t));
      case "timestamp" -> ColumnType.raw(t.normalized());
      case "uuid" -> ColumnType.of(UUID);
      case "binary" -> Spell.sized(TypeKind.BINARY, t, null);
      case "varbinary" -> Spell.sized(TypeKind.VARBINARY, t, BLOB);
      case "longblob" -> ColumnType.of(BLOB);
      case "json" -> ColumnType.of(JSON);
      default -> ColumnType.raw(t.normalized());
    };
  }

  /** MariaDB's default fractional precision is 0, which it reports without parentheses. */
  private static Integer fsp(TypeSpelling t) {
    return t.arg(0) == null || t.arg(0) == 0 ? null : t.arg(0);
  }
}
