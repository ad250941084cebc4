package dev.retort.engine.dialect;

import dev.retort.engine.schema.ColumnType;
import dev.retort.engine.schema.TypeKind;

/** Spelling pieces the type mappings share. */
final class Spell {
  private Spell() {}

  static String numeric(String name, ColumnType type) {
    if (type.precision() == null) {
      return name;
    }
    return name + "(" + type.precision() + "," + (type.scale() == null ? 0 : type.scale()) + ")";
  }

  static String fractional(String name, ColumnType type, String suffix) {
    return (type.precision() == null ? name : name + "(" + type.precision() + ")") + suffix;
  }

  /** A sized kind; without a size it becomes {@code unsized} (or stays unsized when that is null). */
  static ColumnType sized(TypeKind kind, TypeSpelling t, TypeKind unsized) {
    if (t.arg(0) != null) {
      return ColumnType.sized(kind, t.arg(0));
    }
    return unsized != null ? ColumnType.of(unsized) : ColumnType.sized(kind, 1);
  }
}
