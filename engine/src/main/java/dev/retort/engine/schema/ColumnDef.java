package dev.retort.engine.schema;

import java.util.Objects;

/**
 * A column.
 *
 * @param name canonical column name
 * @param type the column's type
 * @param isNullable whether NULL is allowed
 * @param defaultValue the default as an SQL expression ({@code 'x'}, {@code 0}, {@code current_timestamp}),
 *     or null for none
 * @param isIdentity whether the database generates values (identity / auto_increment)
 */
public record ColumnDef(
    String name, ColumnType type, boolean isNullable, String defaultValue, boolean isIdentity)
    implements TableElement {

  public ColumnDef {
    Names.require(name, "name");
    Objects.requireNonNull(type, "type == null");
    if (isIdentity && isNullable) {
      throw new IllegalArgumentException("identity column " + name + " cannot be nullable");
    }
  }

  /** A nullable column without default. */
  public static ColumnDef of(String name, ColumnType type) {
    return new ColumnDef(name, type, true, null, false);
  }

  public ColumnDef notNull() {
    return new ColumnDef(name, type, false, defaultValue, isIdentity);
  }

  public ColumnDef nullable() {
    return new ColumnDef(name, type, true, defaultValue, false);
  }

  /** An identity column; identity columns are never null. */
  public ColumnDef identity() {
    return new ColumnDef(name, type, false, defaultValue, true);
  }

  public ColumnDef withDefault(String sqlExpression) {
    return new ColumnDef(name, type, isNullable, sqlExpression, isIdentity);
  }

  public ColumnDef withType(ColumnType newType) {
    return new ColumnDef(name, newType, isNullable, defaultValue, isIdentity);
  }

  public ColumnDef withName(String newName) {
    return new ColumnDef(newName, type, isNullable, defaultValue, isIdentity);
  }
}
