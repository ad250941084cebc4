package dev.retort.autogen.evolution;

import java.util.List;
import java.util.Objects;

/**
 * One entity change: the sources before and after, and the operations autogenerate must write for it, as
 * {@link dev.retort.engine.op.SchemaOp#describe()} gives them.
 */
record Scenario(String name, Sources before, Sources after, List<String> expected) {
  Scenario {
    Objects.requireNonNull(name, "name == null");
    expected = List.copyOf(expected);
    if (before.equals(after)) {
      throw new IllegalArgumentException(name + ": before and after are the same sources");
    }
  }

  /** A change from the base sources. */
  static Scenario change(String name, Sources after, String... expected) {
    return new Scenario(name, Sources.base(), after, List.of(expected));
  }

  /** A change from the base sources: {@code from} replaced by {@code to}. */
  static Scenario edit(String name, String from, String to, String... expected) {
    return change(name, Sources.base().edit(from, to), expected);
  }

  /** A change back to the base sources from {@code before}. */
  static Scenario undo(String name, Sources before, String... expected) {
    return new Scenario(name, before, Sources.base(), List.of(expected));
  }

  @Override
  public String toString() {
    return name;
  }
}
