package dev.retort.engine.risk;

import dev.retort.engine.schema.ColumnType;
import dev.retort.engine.schema.TypeKind;
import java.util.List;

/** What a change of a column's type does to the values it holds. */
final class TypeChange {
  private static final List<TypeKind> INTEGERS =
      List.of(TypeKind.TINYINT, TypeKind.SMALLINT, TypeKind.INTEGER, TypeKind.BIGINT);

  private TypeChange() {}

  /** Whether every value of {@code a} is a value of {@code b}, unchanged. */
  static boolean widens(ColumnType a, ColumnType b) {
    if (INTEGERS.contains(a.kind()) && INTEGERS.contains(b.kind())) {
      return INTEGERS.indexOf(b.kind()) >= INTEGERS.indexOf(a.kind());
    }
    if (a.kind() == TypeKind.REAL && b.kind() == TypeKind.DOUBLE
        || a.kind() == TypeKind.VARCHAR && b.kind() == TypeKind.TEXT
        || a.kind() == TypeKind.VARBINARY && b.kind() == TypeKind.BLOB) {
      return true;
    }
    List<String> hadValues = enumValues(a);
    List<String> wantedValues = enumValues(b);
    if (hadValues != null || wantedValues != null) {
      return hadValues != null && wantedValues != null && wantedValues.containsAll(hadValues);
    }
    if (a.kind() != b.kind()) {
      return false;
    }
    if (a.length() != null && b.length() != null) {
      return b.length() >= a.length();
    }
    if (a.kind().hasFractionalSeconds()) {
      return a.precision() != null && b.precision() != null && b.precision() >= a.precision();
    }
    if (a.precision() != null && b.precision() != null) {
      int aScale = a.scale() == null ? 0 : a.scale();
      int bScale = b.scale() == null ? 0 : b.scale();
      return b.precision() - bScale >= a.precision() - aScale && bScale >= aScale;
    }
    return false;
  }

  /** Whether both are enum types and {@code b} only appends values to {@code a}'s, in order. */
  static boolean appendsEnumValues(ColumnType a, ColumnType b) {
    List<String> had = enumValues(a);
    List<String> wanted = enumValues(b);
    return had != null && wanted != null && wanted.size() >= had.size()
        && wanted.subList(0, had.size()).equals(had);
  }

  /**
   * The values of an enum type, or null for another type. Today's enum types are vendor spellings
   * ({@code enum('A','B')}); a portable kind with its values would be read here too.
   */
  static List<String> enumValues(ColumnType type) {
    return type.kind() == TypeKind.OTHER ? EnumValues.values(type.rawName()) : null;
  }
}
