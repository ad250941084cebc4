package dev.retort.engine.op;

import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.ColumnType;
import dev.retort.engine.schema.EnumSpelling;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import dev.retort.engine.schema.TypeKind;
import java.util.List;
import java.util.Objects;

/**
 * Changes a column's type, nullability, default or identity. Carries both definitions so it reverses
 * exactly and each dialect can emit only the clauses that changed.
 */
public record AlterColumn(String table, ColumnDef from, ColumnDef to) implements SchemaOp {
  public AlterColumn {
    Objects.requireNonNull(table, "table == null");
    Objects.requireNonNull(from, "from == null");
    Objects.requireNonNull(to, "to == null");
    if (!from.name().equals(to.name())) {
      throw new IllegalArgumentException(
          "alterColumn cannot rename " + from.name() + " to " + to.name() + "; use renameColumn");
    }
    if (from.equals(to)) {
      throw new IllegalArgumentException("alterColumn on " + table + "." + from.name() + " changes nothing");
    }
  }

  public String columnName() {
    return to.name();
  }

  public boolean typeChanged() {
    return !from.type().equals(to.type());
  }

  public boolean nullabilityChanged() {
    return from.isNullable() != to.isNullable();
  }

  public boolean defaultChanged() {
    return !Objects.equals(from.defaultValue(), to.defaultValue());
  }

  public boolean commentChanged() {
    return !Objects.equals(from.comment(), to.comment());
  }

  public boolean identityChanged() {
    return from.isIdentity() != to.isIdentity();
  }

  @Override
  public SchemaOp reverse() {
    return new AlterColumn(table, to, from);
  }

  @Override
  public SchemaModel applyTo(SchemaModel schema) {
    TableDef current = schema.requireTable(table);
    ColumnDef existing = current.column(from.name()).orElseThrow(
        () -> new IllegalStateException("no column " + table + "." + from.name()));
    if (!existing.equals(from)) {
      throw new IllegalStateException("column " + table + "." + from.name() + " is " + existing
          + ", not " + from);
    }
    return schema.replaceTable(table, current.withColumns(
        current.columns().stream().map(c -> c.name().equals(from.name()) ? to : c).toList()));
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visit(this);
  }

  /** Narrowing a type can truncate or fail on existing rows. */
  @Override
  public boolean destructive() {
    return typeChanged() && !widens(from.type(), to.type());
  }

  private static final List<TypeKind> INTEGERS =
      List.of(TypeKind.TINYINT, TypeKind.SMALLINT, TypeKind.INTEGER, TypeKind.BIGINT);

  /** Whether every value of {@code a} is a value of {@code b}, unchanged. */
  private static boolean widens(ColumnType a, ColumnType b) {
    if (INTEGERS.contains(a.kind()) && INTEGERS.contains(b.kind())) {
      return INTEGERS.indexOf(b.kind()) >= INTEGERS.indexOf(a.kind());
    }
    if (a.kind() == TypeKind.REAL && b.kind() == TypeKind.DOUBLE
        || a.kind() == TypeKind.VARCHAR && b.kind() == TypeKind.TEXT
        || a.kind() == TypeKind.VARBINARY && b.kind() == TypeKind.BLOB) {
      return true;
    }
    if (a.kind() == TypeKind.OTHER && b.kind() == TypeKind.OTHER) {
      List<String> had = EnumSpelling.values(a.rawName());
      List<String> wanted = EnumSpelling.values(b.rawName());
      return had != null && wanted != null && wanted.containsAll(had);
    }
    if (a.kind() == TypeKind.ENUM && b.kind() == TypeKind.ENUM) {
      return b.values().containsAll(a.values())
          && (a.length() == null || b.length() == null || b.length() >= a.length());
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

  @Override
  public String describe() {
    StringBuilder what = new StringBuilder("alter column " + table + "." + from.name());
    if (typeChanged()) {
      what.append(" type ").append(from.type().describe()).append(" -> ").append(to.type().describe());
    }
    if (nullabilityChanged()) {
      what.append(to.isNullable() ? " null" : " not null");
    }
    if (defaultChanged()) {
      what.append(" default ").append(to.defaultValue() == null ? "dropped" : to.defaultValue());
    }
    if (identityChanged()) {
      what.append(to.isIdentity() ? " identity" : " no identity");
    }
    if (commentChanged()) {
      what.append(" comment");
    }
    return what.toString();
  }
}
