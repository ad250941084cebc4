package dev.retort.engine.schema;

import java.util.Objects;

/**
 * A column's type: a portable kind with its size, or a vendor type name for {@link TypeKind#OTHER}.
 *
 * @param kind the type family
 * @param length characters or bytes for CHAR, VARCHAR, BINARY, VARBINARY; otherwise null
 * @param precision digits for NUMERIC, fractional-second digits for TIME and TIMESTAMP; otherwise null
 * @param scale digits after the point for NUMERIC; otherwise null
 * @param rawName the vendor's type name for OTHER; otherwise null
 */
public record ColumnType(TypeKind kind, Integer length, Integer precision, Integer scale, String rawName) {

  public ColumnType {
    Objects.requireNonNull(kind, "kind == null");
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

  /** A short, dialect-neutral spelling for messages and reports, such as {@code varchar(255)}. */
  public String describe() {
    if (kind == TypeKind.OTHER) {
      return rawName;
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
