package dev.retort.engine.op;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Adding and removing named table elements, for the constraint and index operations. */
final class Elements {
  private Elements() {}

  static <T> List<T> add(List<T> existing, T element, Function<T, String> name, String what) {
    if (existing.stream().anyMatch(e -> name.apply(e).equals(name.apply(element)))) {
      throw new IllegalStateException(what + " " + name.apply(element) + " already exists");
    }
    List<T> copy = new ArrayList<>(existing);
    copy.add(element);
    return copy;
  }

  static <T> List<T> remove(List<T> existing, T element, Function<T, String> name, String what) {
    String target = name.apply(element);
    if (existing.stream().noneMatch(e -> name.apply(e).equals(target))) {
      throw new IllegalStateException("no " + what + " " + target);
    }
    return existing.stream().filter(e -> !name.apply(e).equals(target)).toList();
  }
}
