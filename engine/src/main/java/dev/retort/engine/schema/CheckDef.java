package dev.retort.engine.schema;

import java.util.Objects;

/**
 * A CHECK constraint.
 *
 * @param name constraint name
 * @param expression the condition as SQL, without the surrounding {@code CHECK ( )}
 * @param inColumn where the database keeps the check inside a column's definition (MariaDB's column-level
 *     checks, which Hibernate's own export writes), that column as it is; null for a table constraint,
 *     which is how Retort writes every check
 */
public record CheckDef(String name, String expression, ColumnDef inColumn) implements TableElement {
  public CheckDef {
    Names.require(name, "check constraint name");
    Objects.requireNonNull(expression, "expression == null");
    if (expression.isBlank()) {
      throw new IllegalArgumentException("check constraint " + name + " has a blank expression");
    }
  }

  /** A table constraint. */
  public CheckDef(String name, String expression) {
    this(name, expression, null);
  }

  /** This check, kept inside the definition of {@code column}. */
  public CheckDef inColumn(ColumnDef column) {
    return new CheckDef(name, expression, Objects.requireNonNull(column, "column == null"));
  }
}
