package dev.retort.autogen.entity;

import dev.retort.autogen.discovery.EntityDiscovery;
import java.util.List;

/**
 * The classes Hibernate must see in a package and its sub-packages, for callers that hand them to Hibernate
 * themselves (tests building a session factory). {@link EntityDiscovery} does the work.
 */
public final class EntityScanner {
  private EntityScanner() {}

  /** Mapped classes sorted by name; at least one {@code @Entity}, or an error naming the package. */
  public static List<Class<?>> scan(ClassLoader loader, String packageName) {
    return EntityDiscovery.discover(loader, packageName).classes();
  }
}
