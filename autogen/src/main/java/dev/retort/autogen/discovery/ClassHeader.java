package dev.retort.autogen.discovery;

import java.util.List;
import java.util.Objects;

/**
 * What discovery reads of a class file before deciding whether to load the class: its name, its modifiers,
 * how it nests, and its class-level annotations.
 *
 * @param name the binary name, {@code com.app.Order$Line}
 * @param flags access flags, for a nested class those its declaring class gives it ({@code static} among them)
 * @param nesting where the class is declared
 * @param annotations the class-level annotations' type names
 * @param autoApply whether a {@code @Converter} on the class says {@code autoApply = true}
 */
record ClassHeader(String name, int flags, Nesting nesting, List<String> annotations, boolean autoApply) {
  ClassHeader {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(nesting, "nesting == null");
    annotations = List.copyOf(annotations);
  }

  /** Where a class is declared, as the JVM's InnerClasses attribute records it. */
  enum Nesting {
    TOP_LEVEL, MEMBER, LOCAL, ANONYMOUS
  }
}
