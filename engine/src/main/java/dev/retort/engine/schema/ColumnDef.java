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
 * @param generatedAs the SQL expression the database computes the column from and stores
 *     ({@code GENERATED ALWAYS AS (...)}), or null for an ordinary column
 */
public record ColumnDef(
    String name, ColumnType type, boolean isNullable, String defaultValue, boolean isIdentity, String comment,
    String generatedAs)
    implements TableElement {

  public ColumnDef {
    Names.require(name, "name");
    Objects.requireNonNull(type, "type == null");
    if (isIdentity && isNullable) {
      throw new IllegalArgumentException("identity column " + name + " cannot be nullable");
    }
    if (generatedAs != null && (isIdentity || defaultValue != null)) {
      throw new IllegalArgumentException("generated column " + name + " can have no default and no identity");
    }
  }

  /** An ordinary column. */
  public ColumnDef(String name, ColumnType type, boolean isNullable, String defaultValue, boolean isIdentity,
      String comment) {
    this(name, type, isNullable, defaultValue, isIdentity, comment, null);
  }

  /** An ordinary column without comment. */
  public ColumnDef(String name, ColumnType type, boolean isNullable, String defaultValue, boolean isIdentity) {
    this(name, type, isNullable, defaultValue, isIdentity, null);
  }

  /** A nullable column without default. */
  public static ColumnDef of(String name, ColumnType type) {
    return new ColumnDef(name, type, true, null, false);
  }

  public ColumnDef notNull() {
    return new ColumnDef(name, type, false, defaultValue, isIdentity, comment, generatedAs);
  }

  public ColumnDef nullable() {
    return new ColumnDef(name, type, true, defaultValue, false, comment, generatedAs);
  }

  /** An identity column; identity columns are never null. */
  public ColumnDef identity() {
    return new ColumnDef(name, type, false, defaultValue, true, comment, generatedAs);
  }

  public ColumnDef withDefault(String sqlExpression) {
    return new ColumnDef(name, type, isNullable, sqlExpression, isIdentity, comment, generatedAs);
  }

  public ColumnDef withType(ColumnType newType) {
    return new ColumnDef(name, newType, isNullable, defaultValue, isIdentity, comment, generatedAs);
  }

  public ColumnDef comment(String text) {
    return new ColumnDef(name, type, isNullable, defaultValue, isIdentity, text, generatedAs);
  }

  public ColumnDef withName(String newName) {
    return new ColumnDef(newName, type, isNullable, defaultValue, isIdentity, comment, generatedAs);
  }

  /** A column the database computes from {@code sqlExpression} and stores: {@code generatedAs("qty * 2")}. */
  public ColumnDef generatedAs(String sqlExpression) {
    return new ColumnDef(name, type, isNullable, defaultValue, isIdentity, comment, sqlExpression);
  }
}
