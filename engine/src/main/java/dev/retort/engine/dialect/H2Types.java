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
 * H2 2.x types: what Hibernate's H2Dialect writes ({@code varchar(255)}, {@code float(53)}, {@code clob})
 * and what INFORMATION_SCHEMA.COLUMNS reports as DATA_TYPE, which the introspector completes with the size:
 * {@code CHARACTER VARYING(255)}, {@code NUMERIC(10,2)}, {@code TIMESTAMP(6)},
 * {@code TIMESTAMP(6) WITH TIME ZONE}, {@code CHARACTER LARGE OBJECT}, {@code DOUBLE PRECISION}.
 */
final class H2Types implements TypeMapping {
  @Override
  public String sql(ColumnType type) {
    return switch (type.kind()) {
      case BOOLEAN -> "boolean";
      case TINYINT -> "tinyint";
      case SMALLINT -> "smallint";
      case INTEGER -> "integer";
      case BIGINT -> "bigint";
      case REAL -> "real";
      case DOUBLE -> "double precision";
      case NUMERIC -> Spell.numeric("numeric", type);
      case CHAR -> "char(" + type.length() + ")";
      case VARCHAR -> "varchar(" + type.length() + ")";
      case TEXT -> "clob";
      case DATE -> "date";
      case TIME -> Spell.fractional("time", type, "");
      case TIMESTAMP -> Spell.fractional("timestamp", type, "");
      case TIMESTAMP_TZ -> Spell.fractional("timestamp", type, " with time zone");
      case UUID -> "uuid";
      case BINARY -> "binary(" + type.length() + ")";
      case VARBINARY -> "varbinary(" + type.length() + ")";
      case BLOB -> "blob";
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
    if (!t.numeric()) {
      return ColumnType.raw(t.normalized());
    }
    boolean withZone = t.suffix().equals("with time zone");
    return switch (t.name()) {
      case "boolean", "bool", "bit" -> ColumnType.of(BOOLEAN);
      case "tinyint" -> ColumnType.of(TINYINT);
      case "smallint", "int2" -> ColumnType.of(SMALLINT);
      case "integer", "int", "int4" -> ColumnType.of(INTEGER);
      case "bigint", "int8" -> ColumnType.of(BIGINT);
      case "real", "float4" -> ColumnType.of(REAL);
      case "double precision", "double", "float8" -> ColumnType.of(DOUBLE);
      case "float" -> t.arg(0) != null && t.arg(0) <= 24 ? ColumnType.of(REAL) : ColumnType.of(DOUBLE);
      case "numeric", "decimal", "dec" -> ColumnType.numeric(t.arg(0), t.arg(1));
      case "character varying", "varchar" -> Spell.sized(TypeKind.VARCHAR, t, TEXT);
      case "character", "char" -> Spell.sized(TypeKind.CHAR, t, null);
      case "character large object", "clob" -> ColumnType.of(TEXT);
      // H2 makes TEXT a CHARACTER VARYING of its longest length, not a CLOB
      case "text" -> ColumnType.sized(TypeKind.VARCHAR, 1_000_000_000);
      case "date" -> ColumnType.of(DATE);
      case "time" -> ColumnType.temporal(TypeKind.TIME, t.arg(0));
      case "timestamp" -> ColumnType.temporal(withZone ? TypeKind.TIMESTAMP_TZ : TypeKind.TIMESTAMP, t.arg(0));
      case "timestamp with time zone" -> ColumnType.temporal(TypeKind.TIMESTAMP_TZ, t.arg(0));
      case "uuid" -> ColumnType.of(UUID);
      case "binary" -> Spell.sized(TypeKind.BINARY, t, null);
      case "binary varying", "varbinary" -> Spell.sized(TypeKind.VARBINARY, t, BLOB);
      case "binary large object", "blob" -> ColumnType.of(BLOB);
      case "json" -> ColumnType.of(JSON);
      default -> ColumnType.raw(t.normalized());
    };
  }
}
