package dev.retort.engine.schema;

import java.util.List;
import java.util.Objects;

/**
 * A column's type: a portable kind with its size, or a vendor type name for {@link TypeKind#OTHER}.
 *
 * @param kind the type family
 * @param length characters or bytes for CHAR, VARCHAR, BINARY, VARBINARY; for ENUM the characters of the
 *     {@code varchar} it is stored in where the database has no enum type (null: 255, Hibernate's default)
 * @param precision digits for NUMERIC, fractional-second digits for TIME and TIMESTAMP; otherwise null
 * @param scale digits after the point for NUMERIC; otherwise null
 * @param rawName the vendor's type name for OTHER; otherwise null
 * @param values the names an ENUM holds, sorted (the order Hibernate writes them in on H2 and MariaDB, and
 *     the order does not change what the column accepts); empty for every other kind
 */
public record ColumnType(TypeKind kind, Integer length, Integer precision, Integer scale, String rawName,
    List<String> values) {

  public ColumnType {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(values, "values == null");
    values = values.isEmpty() ? List.of() : values.stream().sorted().distinct().toList();
    if ((kind == TypeKind.ENUM) == values.isEmpty()) {
      throw new IllegalArgumentException("values go with ENUM and only with ENUM, at least one");
    }
    if (length != null && !kind.hasLength()) {
      throw new IllegalArgumentException("length given for " + kind);
    }
    if (length != null && length <= 0) {
      throw new IllegalArgumentException("length <= 0: " + length);
    }
    if (scale != null && kind != TypeKind.NUMERIC) {
      throw new IllegalArgumentException("scale given for " + kind);
    }
    if (precision != null && kind != TypeKind.NUMERIC && !kind.hasFractionalSeconds()) {
      throw new IllegalArgumentException("precision given for " + kind);
    }
    if ((kind == TypeKind.OTHER) != (rawName != null)) {
      throw new IllegalArgumentException("rawName goes with OTHER and only with OTHER");
    }
  }

  public ColumnType(TypeKind kind, Integer length, Integer precision, Integer scale, String rawName) {
    this(kind, length, precision, scale, rawName, List.of());
  }

  public static ColumnType of(TypeKind kind) {
    return new ColumnType(kind, null, null, null, null);
  }

  public static ColumnType sized(TypeKind kind, int length) {
    return new ColumnType(kind, length, null, null, null);
  }

  public static ColumnType numeric(Integer precision, Integer scale) {
    return new ColumnType(TypeKind.NUMERIC, null, precision, scale, null);
  }

  public static ColumnType temporal(TypeKind kind, Integer fractionalDigits) {
    return new ColumnType(kind, null, fractionalDigits, null, null);
  }

  public static ColumnType raw(String vendorTypeName) {
    return new ColumnType(TypeKind.OTHER, null, null, null, vendorTypeName);
  }

  /** An enum of {@code values}, stored as {@code varchar(length)} where the database has no enum type. */
  public static ColumnType enumOf(Integer length, List<String> values) {
    return new ColumnType(TypeKind.ENUM, length, null, null, null, values);
  }

  /** The same type with another length; for ENUM, where a database keeps no length. */
  public ColumnType withLength(Integer newLength) {
    return new ColumnType(kind, newLength, precision, scale, rawName, values);
  }

  /** A short, dialect-neutral spelling for messages and reports, such as {@code varchar(255)}. */
  public String describe() {
    if (kind == TypeKind.OTHER) {
      return rawName;
    }
    if (kind == TypeKind.ENUM) {
      return EnumSpelling.spell(values);
    }
    String base = kind.name().toLowerCase(java.util.Locale.ROOT);
    if (length != null) {
      return base + "(" + length + ")";
    }
    if (precision != null && scale != null) {
      return base + "(" + precision + "," + scale + ")";
    }
    if (precision != null) {
      return base + "(" + precision + ")";
    }
    return base;
  }
}
