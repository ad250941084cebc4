package dev.retort.autogen.entity;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether any mapped class could carry a Bean Validation constraint that reaches the schema. Asking Hibernate
 * Validator builds its metadata for every class, which costs a third of Hibernate's own metadata build; a model
 * without a single constraint annotation is spared that. The answer errs towards yes: an XML constraint
 * mapping, or a class whose members cannot be read, counts as a constraint.
 */
final class ConstraintUse {
  private static final String CONSTRAINT = "jakarta.validation.Constraint";
  private static final String XML_MAPPING = "META-INF/validation.xml";

  private ConstraintUse() {
  }

  /** {@code classes}: the mapped classes and the classes of their embedded components. */
  static boolean possible(Collection<Class<?>> classes, ClassLoader loader) {
    if (loader.getResource(XML_MAPPING) != null) {
      return true;
    }
    Set<Class<?>> seen = new HashSet<>();
    Deque<Class<?>> pending = new ArrayDeque<>(classes);
    while (!pending.isEmpty()) {
      Class<?> next = pending.pop();
      if (next == Object.class || !seen.add(next)) {
        continue;
      }
      try {
        if (declaresConstraint(next)) {
          return true;
        }
      } catch (LinkageError | SecurityException e) {
        return true;
      }
      // constraints on a superclass's or an interface's members hold for the class too
      if (next.getSuperclass() != null) {
        pending.push(next.getSuperclass());
      }
      for (Class<?> face : next.getInterfaces()) {
        pending.push(face);
      }
    }
    return false;
  }

  private static boolean declaresConstraint(Class<?> type) {
    for (AnnotatedElement member : type.getDeclaredFields()) {
      if (constrained(member)) {
        return true;
      }
    }
    for (AnnotatedElement member : type.getDeclaredMethods()) {
      if (constrained(member)) {
        return true;
      }
    }
    return false;
  }

  private static boolean constrained(AnnotatedElement member) {
    for (Annotation annotation : member.getDeclaredAnnotations()) {
      Class<? extends Annotation> kind = annotation.annotationType();
      // a repeated constraint arrives as its nested List annotation
      if (isConstraint(kind) || kind.getEnclosingClass() != null && isConstraint(kind.getEnclosingClass())) {
        return true;
      }
    }
    return false;
  }

  /** By name: a class path may bring its own copy of the Bean Validation API. */
  private static boolean isConstraint(Class<?> kind) {
    if (!kind.isAnnotation()) {
      return false;
    }
    for (Annotation meta : kind.getDeclaredAnnotations()) {
      if (meta.annotationType().getName().equals(CONSTRAINT)) {
        return true;
      }
    }
    return false;
  }
}
