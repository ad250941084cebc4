package dev.retort.autogen.discovery;

import java.util.Optional;

/** The class-level JPA annotations discovery looks for, read from a class file's header. */
final class MappingAnnotations {
  static final String ENTITY = "jakarta.persistence.Entity";
  static final String EMBEDDABLE = "jakarta.persistence.Embeddable";
  static final String MAPPED_SUPERCLASS = "jakarta.persistence.MappedSuperclass";
  static final String CONVERTER = "jakarta.persistence.Converter";
  /** JPA 2's package, which Hibernate 6 and later no longer read. */
  private static final String LEGACY_PACKAGE = "javax.persistence.";

  private MappingAnnotations() {}

  /** {@code entity}, {@code embeddable}, {@code mapped superclass} or {@code converter}; empty for none. */
  static Optional<String> kind(ClassHeader type) {
    if (type.annotations().contains(ENTITY)) {
      return Optional.of("entity");
    }
    if (type.annotations().contains(EMBEDDABLE)) {
      return Optional.of("embeddable");
    }
    if (type.annotations().contains(MAPPED_SUPERCLASS)) {
      return Optional.of("mapped superclass");
    }
    return type.annotations().contains(CONVERTER) ? Optional.of("converter") : Optional.empty();
  }

  /** Whether the class carries {@code javax.persistence} mapping annotations instead of Jakarta's. */
  static boolean usesLegacyPackage(ClassHeader type) {
    return type.annotations().stream().anyMatch(a -> a.startsWith(LEGACY_PACKAGE));
  }
}
