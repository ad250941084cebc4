package dev.retort.autogen.evolution;

import dev.retort.engine.testing.DatabaseKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entity change: the sources before and after, and the operations autogenerate must write for it, as
 * {@link dev.retort.engine.op.SchemaOp#describe()} gives them; a database whose types or spelling make them
 * differ carries its own list.
 */
record Scenario(String name, Sources before, Sources after, List<String> expected,
    Map<DatabaseKind, List<String>> exceptions) {
  Scenario {
    Objects.requireNonNull(name, "name == null");
    expected = List.copyOf(expected);
    exceptions = Map.copyOf(exceptions);
    if (before.equals(after)) {
      throw new IllegalArgumentException(name + ": before and after are the same sources");
    }
  }

  static Scenario between(String name, Sources before, Sources after, String... expected) {
    return new Scenario(name, before, after, List.of(expected), Map.of());
  }

  /** A change from the base sources. */
  static Scenario change(String name, Sources after, String... expected) {
    return between(name, Sources.base(), after, expected);
  }

  /** A change from the base sources: {@code from} replaced by {@code to}. */
  static Scenario edit(String name, String from, String to, String... expected) {
    return change(name, Sources.base().edit(from, to), expected);
  }

  /** A change back to the base sources from {@code before}. */
  static Scenario undo(String name, Sources before, String... expected) {
    return between(name, before, Sources.base(), expected);
  }

  /** The same change, with other operations on {@code kind}. */
  Scenario on(DatabaseKind kind, String... operations) {
    Map<DatabaseKind, List<String>> copy = new EnumMap<>(DatabaseKind.class);
    copy.putAll(exceptions);
    copy.put(kind, List.of(operations));
    return new Scenario(name, before, after, expected, copy);
  }

  List<String> expected(DatabaseKind kind) {
    return exceptions.getOrDefault(kind, expected);
  }

  @Override
  public String toString() {
    return name;
  }
}
