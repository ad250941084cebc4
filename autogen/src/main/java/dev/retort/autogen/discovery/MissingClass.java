package dev.retort.autogen.discovery;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The class a loading or mapping failure could not find, read from the failure the JVM or Hibernate raised,
 * and the message that names it with the mapped classes that need it.
 *
 * @param name binary name of the missing class ({@code com.lib.Money})
 */
public record MissingClass(String name) {
  /** The first missing class in the cause chain of {@code failure}. */
  public static Optional<MissingClass> in(Throwable failure) {
    Set<Throwable> seen = new HashSet<>();
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      String name = null;
      if (t instanceof TypeNotPresentException e) {
        name = e.typeName();
      } else if (t instanceof NoClassDefFoundError e && e.getMessage() != null
          && !e.getMessage().startsWith("Could not initialize class")) {
        name = e.getMessage().split(" ")[0];
      } else if (t instanceof ClassNotFoundException e && e.getMessage() != null) {
        name = e.getMessage().split(" ")[0];
      }
      if (name != null && !name.isBlank()) {
        return Optional.of(new MissingClass(name.replace('/', '.')));
      }
    }
    return Optional.empty();
  }

  /**
   * The error for {@code uses} of this class; without known uses, {@code fallback} (such as {@code the
   * entities in com.app}) stands in their place.
   */
  public RetortException error(List<ClassUse> uses, String fallback, Throwable cause) {
    String who;
    if (uses.size() == 1) {
      who = uses.get(0).user() + " needs class " + name + (uses.get(0).how() == null ? ""
          : " (" + uses.get(0).how() + ")");
    } else if (uses.isEmpty()) {
      who = fallback + " need class " + name;
    } else {
      who = uses.stream().map(u -> u.user() + (u.how() == null ? "" : " (" + u.how() + ")"))
          .collect(Collectors.joining(" and ")) + " need class " + name;
    }
    return new RetortException(ErrorCode.ENTITY_MAPPING_FAILED, capitalised(who) + ", which is not on the"
        + " entities' class path, so Hibernate cannot map " + (uses.size() == 1 ? "it" : "them") + ". Nothing was"
        + " written. Add the jar that holds " + name + " to --classpath (or classpath in retort.properties), then"
        + " rerun.", cause);
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
