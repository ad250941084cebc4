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
import static dev.retort.engine.schema.TypeKind.UUID;

import dev.retort.engine.schema.ColumnType;
import dev.retort.engine.schema.TypeKind;
import java.util.Locale;

/**
 * PostgreSQL types: what Hibernate's PostgreSQLDialect writes ({@code varchar(255)}, {@code float(53)},
 * {@code timestamp(6) with time zone}) and what {@code format_type()} reports ({@code character varying(255)},
 * {@code double precision}, {@code timestamp(6) without time zone}), with the usual synonyms. Arrays are
 * spelt {@code integer array} by Hibernate and {@code integer[]} by the catalog; both become the latter.
 */
final class PostgresTypes implements TypeMapping {
  @Override
  public String sql(ColumnType type) {
    return switch (type.kind()) {
      case BOOLEAN -> "boolean";
      case TINYINT, SMALLINT -> "smallint";
      case INTEGER -> "integer";
      case BIGINT -> "bigint";
      case REAL -> "real";
      case DOUBLE -> "double precision";
      case NUMERIC -> Spell.numeric("numeric", type);
      case CHAR -> "char(" + type.length() + ")";
      case VARCHAR -> "varchar(" + type.length() + ")";
      case TEXT -> "text";
      case DATE -> "date";
      case TIME -> Spell.fractional("time", type, "");
      case TIMESTAMP -> Spell.fractional("timestamp", type, "");
      case TIMESTAMP_TZ -> Spell.fractional("timestamp", type, " with time zone");
      case UUID -> "uuid";
      case BINARY, VARBINARY, BLOB -> "bytea";
      case ENUM -> "varchar(" + (type.length() == null ? 255 : type.length()) + ")";
      case JSON -> "jsonb";
      case OTHER -> type.rawName();
    };
  }

  @Override
  public ColumnType parse(String sqlType) {
    String text = sqlType.strip();
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.endsWith("[]")) {
      return array(text.substring(0, text.length() - 2));
    }
    if (lower.endsWith(" array")) {
      return array(text.substring(0, text.length() - " array".length()));
    }
    TypeSpelling t = TypeSpelling.of(sqlType);
    if (!t.numeric()) {
      return ColumnType.raw(t.normalized());
    }
    String suffix = t.suffix();
    return switch (t.name()) {
      case "boolean", "bool" -> ColumnType.of(BOOLEAN);
      case "smallint", "int2" -> ColumnType.of(SMALLINT);
      case "integer", "int", "int4" -> ColumnType.of(INTEGER);
      case "bigint", "int8" -> ColumnType.of(BIGINT);
      case "real", "float4" -> ColumnType.of(REAL);
      case "double precision", "float8" -> ColumnType.of(DOUBLE);
      case "float" -> t.arg(0) != null && t.arg(0) <= 24 ? ColumnType.of(REAL) : ColumnType.of(DOUBLE);
      case "numeric", "decimal" -> ColumnType.numeric(t.arg(0), t.arg(1));
      case "character varying", "varchar" -> Spell.sized(TypeKind.VARCHAR, t, TEXT);
      case "character", "char", "bpchar" -> Spell.sized(TypeKind.CHAR, t, null);
      case "text" -> ColumnType.of(TEXT);
      case "date" -> ColumnType.of(DATE);
      case "time", "time without time zone" -> ColumnType.temporal(TypeKind.TIME, fraction(t));
      case "timestamp", "timestamp without time zone" -> suffix.equals("with time zone")
          ? ColumnType.temporal(TypeKind.TIMESTAMP_TZ, fraction(t))
          : ColumnType.temporal(TypeKind.TIMESTAMP, fraction(t));
      case "timestamp with time zone", "timestamptz" -> ColumnType.temporal(TypeKind.TIMESTAMP_TZ, fraction(t));
      case "uuid" -> ColumnType.of(UUID);
      case "bytea" -> ColumnType.of(BLOB);
      case "jsonb" -> ColumnType.of(JSON);
      default -> ColumnType.raw(t.normalized());
    };
  }

  /** PostgreSQL keeps six fractional digits where the type names none: {@code timestamp} is {@code timestamp(6)}. */
  private static Integer fraction(TypeSpelling t) {
    return t.arg(0) == null ? 6 : t.arg(0);
  }

  /** An array of the element type, spelt as this mapping spells the element. */
  private ColumnType array(String elementType) {
    return ColumnType.raw(sql(parse(elementType)) + "[]");
  }
}
