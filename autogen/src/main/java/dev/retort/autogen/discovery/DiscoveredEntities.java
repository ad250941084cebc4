package dev.retort.autogen.discovery;

import java.net.URL;
import java.util.List;
import java.util.Objects;

/**
 * What Hibernate reads for one entity package: the loaded mapped classes, the XML mapping files, and what was
 * left out on the way.
 *
 * @param loader the entities' class loader, which loaded {@code classes}
 * @param packageName the entity package that was scanned
 * @param classes mapped classes, sorted by name: those of the package, then those only persistence.xml lists
 * @param mappingFiles {@code orm.xml} files to hand to Hibernate, in the order found
 * @param skipped classes of the package that were never loaded
 * @param warnings lines for the user: a second Hibernate on the class path, mapped classes left out
 * @param references what the indexed class files refer to, for naming a missing class's user
 */
public record DiscoveredEntities(ClassLoader loader, String packageName, List<Class<?>> classes,
    List<URL> mappingFiles, List<SkippedClass> skipped, List<String> warnings, ClassReferences references) {
  public DiscoveredEntities {
    Objects.requireNonNull(loader, "loader == null");
    Objects.requireNonNull(packageName, "packageName == null");
    classes = List.copyOf(classes);
    mappingFiles = List.copyOf(mappingFiles);
    skipped = List.copyOf(skipped);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(references, "references == null");
  }

  /** Classes listed by the caller (a persistence unit's list, say), no package scanned. */
  public static DiscoveredEntities of(ClassLoader loader, List<Class<?>> classes) {
    return new DiscoveredEntities(loader, "", classes, List.of(), List.of(), List.of(), ClassReferences.NONE);
  }
}
