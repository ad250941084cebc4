package dev.retort.autogen.discovery;

import java.util.Optional;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;

/** The class-level JPA annotations discovery looks for, read from a class file's index entry. */
final class MappingAnnotations {
  static final DotName ENTITY = DotName.createSimple("jakarta.persistence.Entity");
  static final DotName EMBEDDABLE = DotName.createSimple("jakarta.persistence.Embeddable");
  static final DotName MAPPED_SUPERCLASS = DotName.createSimple("jakarta.persistence.MappedSuperclass");
  static final DotName CONVERTER = DotName.createSimple("jakarta.persistence.Converter");
  /** JPA 2's package, which Hibernate 6 and later no longer read. */
  private static final String LEGACY_PACKAGE = "javax.persistence.";

  private MappingAnnotations() {}

  /** {@code entity}, {@code embeddable}, {@code mapped superclass} or {@code converter}; empty for none. */
  static Optional<String> kind(ClassInfo type) {
    if (type.declaredAnnotation(ENTITY) != null) {
      return Optional.of("entity");
    }
    if (type.declaredAnnotation(EMBEDDABLE) != null) {
      return Optional.of("embeddable");
    }
    if (type.declaredAnnotation(MAPPED_SUPERCLASS) != null) {
      return Optional.of("mapped superclass");
    }
    return type.declaredAnnotation(CONVERTER) != null ? Optional.of("converter") : Optional.empty();
  }

  /** A converter Hibernate applies to every attribute of its type, which only a scan can find. */
  static boolean autoApplies(ClassInfo type) {
    AnnotationInstance converter = type.declaredAnnotation(CONVERTER);
    AnnotationValue autoApply = converter == null ? null : converter.value("autoApply");
    return autoApply != null && autoApply.asBoolean();
  }

  /** Whether the class carries {@code javax.persistence} mapping annotations instead of Jakarta's. */
  static boolean usesLegacyPackage(ClassInfo type) {
    return type.declaredAnnotations().stream().anyMatch(a -> a.name().toString().startsWith(LEGACY_PACKAGE));
  }
}
