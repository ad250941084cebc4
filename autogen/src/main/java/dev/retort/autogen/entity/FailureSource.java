package dev.retort.autogen.entity;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The class of the entities' class path (not Retort's own, nor its Hibernate) that a mapping failure was
 * raised in, and the jar or folder it came from: a library built for another Hibernate fails inside
 * Hibernate's boot, and its name, not the entities', tells the user what to change.
 *
 * @param className binary name of the class
 * @param location the file name of its jar or folder ({@code hibernate-envers-6.6.4.Final.jar})
 */
record FailureSource(String className, String location) {
  /**
   * The nearest such class above Retort's own call into Hibernate, in the cause chain of {@code failure}
   * from its root (where it was raised) outwards.
   */
  static Optional<FailureSource> in(Throwable failure, ClassLoader entities) {
    ClassLoader own = FailureSource.class.getClassLoader();
    for (Throwable t : rootFirst(failure)) {
      for (StackTraceElement frame : t.getStackTrace()) {
        String name = frame.getClassName();
        if (name.startsWith("dev.retort.")) {
          break;
        }
        if (name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.")) {
          continue;
        }
        Optional<FailureSource> source = foreign(name, entities, own);
        if (source.isPresent()) {
          return source;
        }
      }
    }
    return Optional.empty();
  }

  private static List<Throwable> rootFirst(Throwable failure) {
    List<Throwable> chain = new ArrayList<>();
    Set<Throwable> seen = new HashSet<>();
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      chain.add(t);
    }
    Collections.reverse(chain);
    return chain;
  }

  /** The class as the entities' loader has it, when Retort's own loader does not have that same class. */
  private static Optional<FailureSource> foreign(String name, ClassLoader entities, ClassLoader own) {
    Class<?> type;
    try {
      type = Class.forName(name, false, entities);
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
    try {
      if (Class.forName(name, false, own) == type) {
        return Optional.empty();
      }
    } catch (ClassNotFoundException | LinkageError e) {
      // only the entities' class path has it
    }
    CodeSource code = type.getProtectionDomain().getCodeSource();
    if (code == null || code.getLocation() == null) {
      return Optional.empty();
    }
    try {
      Path path = Path.of(code.getLocation().toURI());
      return Optional.of(new FailureSource(type.getName(),
          path.getFileName() == null ? path.toString() : path.getFileName().toString()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.of(new FailureSource(type.getName(), code.getLocation().toExternalForm()));
    }
  }
}
