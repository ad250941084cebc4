package dev.retort.autogen.discovery;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
   * The error for {@code users} (such as {@code entity com.app.Order (field amount)}) needing this class;
   * without known users, {@code fallback} (such as {@code the entities in com.app}) stands in their place.
   */
  public RetortException error(List<String> users, String fallback, Throwable cause) {
    String who = users.isEmpty() ? fallback : String.join(" and ", users);
    String need = users.size() > 1 ? " need" : " needs";
    return new RetortException(ErrorCode.ENTITY_MAPPING_FAILED, capitalised(who) + need + " class " + name
        + ", which is not on the entities' class path, so Hibernate cannot map "
        + (users.size() > 1 ? "them" : "it") + ". Nothing was written. Add the jar that holds " + name
        + " to --classpath (or classpath in retort.properties), then rerun.", cause);
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
