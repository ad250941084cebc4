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
 * @param comment the column's comment, or null for none
 */
public record ColumnDef(
    String name, ColumnType type, boolean isNullable, String defaultValue, boolean isIdentity, String comment)
    implements TableElement {

  public ColumnDef {
    Names.require(name, "name");
    Objects.requireNonNull(type, "type == null");
    if (isIdentity && isNullable) {
      throw new IllegalArgumentException("identity column " + name + " cannot be nullable");
    }
  }

  /** A column without comment. */
  public ColumnDef(String name, ColumnType type, boolean isNullable, String defaultValue, boolean isIdentity) {
    this(name, type, isNullable, defaultValue, isIdentity, null);
  }

  /** A nullable column without default. */
  public static ColumnDef of(String name, ColumnType type) {
    return new ColumnDef(name, type, true, null, false);
  }

  public ColumnDef notNull() {
    return new ColumnDef(name, type, false, defaultValue, isIdentity, comment);
  }

  public ColumnDef nullable() {
    return new ColumnDef(name, type, true, defaultValue, false, comment);
  }

  /** An identity column; identity columns are never null. */
  public ColumnDef identity() {
    return new ColumnDef(name, type, false, defaultValue, true, comment);
  }

  public ColumnDef withDefault(String sqlExpression) {
    return new ColumnDef(name, type, isNullable, sqlExpression, isIdentity, comment);
  }

  public ColumnDef withType(ColumnType newType) {
    return new ColumnDef(name, newType, isNullable, defaultValue, isIdentity, comment);
  }

  public ColumnDef comment(String text) {
    return new ColumnDef(name, type, isNullable, defaultValue, isIdentity, text);
  }

  public ColumnDef withName(String newName) {
    return new ColumnDef(newName, type, isNullable, defaultValue, isIdentity, comment);
  }
}
