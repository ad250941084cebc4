package dev.retort.engine.schema;

import java.util.Objects;

/**
 * A CHECK constraint.
 *
 * @param name constraint name
 * @param expression the condition as SQL, without the surrounding {@code CHECK ( )}
 */
public record CheckDef(String name, String expression) implements TableElement {
  public CheckDef {
    Names.require(name, "check constraint name");
    Objects.requireNonNull(expression, "expression == null");
    if (expression.isBlank()) {
      throw new IllegalArgumentException("check constraint " + name + " has a blank expression");
    }
  }
}
