package dev.retort.autogen.discovery;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.runtime.PackageScanner;
import jakarta.persistence.Entity;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds what Hibernate must read for an entity package: reads the headers of the package's class files
 * (nested classes included) without loading them, loads only the mapped ones, adds the classes and mapping
 * files of {@code persistence.xml} and the class path's {@code META-INF/orm.xml}.
 */
public final class EntityDiscovery {
  static final String ORM_XML = "META-INF/orm.xml";
  private static final String NOT_MAPPED = "not annotated @Entity, @Embeddable, @MappedSuperclass or"
      + " @Converter(autoApply = true); loaded only if a mapped class uses it";
  private static final String NOT_AUTO_APPLIED = "@Converter without autoApply = true; loaded only through the"
      + " @Convert that names it";
  private static final String LEGACY = "it is annotated with javax.persistence, which Hibernate "
      + org.hibernate.Version.getVersionString() + " does not read; move it to jakarta.persistence";

  private final Map<String, ClassHeader> headers;
  private final ClassReferences references;
  private final MappedClassLoader mapped;
  private final List<Class<?>> classes = new ArrayList<>();
  private final List<SkippedClass> skipped = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final List<String> legacy = new ArrayList<>();

  private EntityDiscovery(ClassLoader loader, Map<String, ClassHeader> headers, ClassReferences references,
      Map<String, ClassFile> files) {
    this.headers = headers;
    this.references = references;
    this.mapped = new MappedClassLoader(loader, references, files);
  }

  /** The mapped classes of {@code packageName} and its sub-packages; at least one entity, or an error. */
  public static DiscoveredEntities discover(ClassLoader loader, String packageName) {
    List<String> packageClasses = PackageScanner.classFilePaths(loader, packageName).stream()
        .map(path -> path.substring(0, path.length() - ".class".length()).replace('/', '.')).toList();
    List<PersistenceUnit> units = PersistenceXml.read(loader);
    Set<String> indexed = new LinkedHashSet<>(packageClasses);
    units.forEach(u -> indexed.addAll(u.classes()));
    List<String> paths = indexed.stream().map(name -> name.replace('.', '/') + ".class").toList();
    Map<String, ClassFile> files = new HashMap<>();
    Map<String, ClassHeader> headers = ClassHeaders.read(loader, paths, files::put);
    EntityDiscovery discovery = new EntityDiscovery(loader, headers, ClassReferences.of(loader, paths, headers),
        files);
    discovery.warnings.addAll(HibernateVersionCheck.warnings(loader));
    packageClasses.forEach(discovery::sort);
    discovery.classes.sort(Comparator.comparing(Class::getName));
    discovery.addListed(units);
    List<URL> mappingFiles = mappingFiles(loader, units);
    if (discovery.classes.stream().noneMatch(c -> c.isAnnotationPresent(Entity.class)) && mappingFiles.isEmpty()) {
      throw noEntities(packageName, discovery.legacy);
    }
    return new DiscoveredEntities(loader, packageName, discovery.classes, mappingFiles, discovery.skipped,
        discovery.warnings, discovery.references);
  }

  /** Loads a class of the package if it is mapped; otherwise says why not, as a warning where it matters. */
  private void sort(String name) {
    ClassHeader type = headers.get(name);
    if (type == null) {
      skipped.add(new SkippedClass(name, "not a readable class file"));
      return;
    }
    Optional<String> kind = MappingAnnotations.kind(type);
    Optional<String> leftOut = leftOut(type, kind);
    if (leftOut.isEmpty()) {
      classes.add(mapped.load(name, kind.get(), ""));
    } else if (kind.isPresent() && !kind.get().equals("converter")) {
      // a mapped class that Hibernate never sees would have its table dropped: say so
      warnings.add("Left out " + kind.get() + " " + name + ": " + leftOut.get() + ".");
    } else if (kind.isEmpty() && MappingAnnotations.usesLegacyPackage(type)) {
      legacy.add(name);
      warnings.add("Left out " + name + ": " + LEGACY + ".");
    } else {
      skipped.add(new SkippedClass(name, leftOut.get()));
    }
  }

  /** The classes persistence.xml lists that the package scan did not find, in file order. */
  private void addListed(List<PersistenceUnit> units) {
    Set<String> taken = new LinkedHashSet<>(classes.stream().map(Class::getName).toList());
    for (PersistenceUnit unit : units) {
      for (String name : unit.classes()) {
        if (taken.add(name)) {
          classes.add(mapped.load(name, "class", " (listed in " + unit.source() + ")"));
        }
      }
    }
  }

  private static RetortException noEntities(String packageName, List<String> legacy) {
    return new RetortException(ErrorCode.NO_ENTITIES, "No @Entity classes found in package '" + packageName
        + "' or its sub-packages" + (legacy.isEmpty() ? "" : " (" + legacy.get(0)
        + (legacy.size() > 1 ? " and " + (legacy.size() - 1) + " more are" : " is") + " annotated with"
        + " javax.persistence, which Hibernate " + org.hibernate.Version.getVersionString() + " does not read)")
        + ". Nothing was written. Check the package name, and that --classpath (or classpath in"
        + " retort.properties) names the folder or jar that holds the compiled entities"
        + (legacy.isEmpty() ? "." : "; move the entities to jakarta.persistence."));
  }

  /** Why a class of the package is not handed to Hibernate; empty when it is. */
  private static Optional<String> leftOut(ClassHeader type, Optional<String> kind) {
    if (kind.isEmpty()) {
      return Optional.of(NOT_MAPPED);
    }
    // a converter Hibernate applies to every attribute of its type, which only a scan can find
    if (kind.get().equals("converter") && !type.autoApply()) {
      return Optional.of(NOT_AUTO_APPLIED);
    }
    return switch (type.nesting()) {
      case TOP_LEVEL -> Optional.empty();
      case MEMBER -> Modifier.isStatic(type.flags()) ? Optional.empty()
          : Optional.of("an inner class needs an instance of its outer class, so Hibernate cannot create it;"
              + " declare it static");
      case LOCAL, ANONYMOUS -> Optional.of("a local or anonymous class cannot be mapped; make it a top-level or"
          + " static nested class");
    };
  }

  /**
   * The first {@code META-INF/orm.xml} on the class path (as JPA and Spring Boot take it), then each
   * {@code <mapping-file>} of the units, each once.
   */
  private static List<URL> mappingFiles(ClassLoader loader, List<PersistenceUnit> units) {
    Map<String, URL> files = new LinkedHashMap<>();
    URL ormXml = loader.getResource(ORM_XML);
    if (ormXml != null) {
      files.put(ormXml.toExternalForm(), ormXml);
    }
    for (PersistenceUnit unit : units) {
      for (String resource : unit.mappingFiles()) {
        URL file = loader.getResource(resource);
        if (file == null) {
          throw new RetortException(ErrorCode.ENTITY_MAPPING_FAILED, unit.source() + " names the mapping file "
              + resource + ", which is not on the entities' class path. Nothing was written. Add it to the jar"
              + " or folder on --classpath, or remove the <mapping-file> entry, then rerun.");
        }
        files.putIfAbsent(file.toExternalForm(), file);
      }
    }
    return List.copyOf(files.values());
  }
}
