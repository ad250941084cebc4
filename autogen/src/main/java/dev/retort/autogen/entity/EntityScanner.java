package dev.retort.autogen.entity;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.runtime.PackageScanner;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;

/** Finds the classes Hibernate must see in a package and its sub-packages. */
public final class EntityScanner {
  private static final List<Class<? extends Annotation>> MAPPED =
      List.of(Entity.class, Embeddable.class, MappedSuperclass.class, Converter.class);

  private EntityScanner() {}

  /** Mapped classes sorted by name; at least one {@code @Entity}, or an error naming the package. */
  public static List<Class<?>> scan(ClassLoader loader, String packageName) {
    List<Class<?>> mapped = new ArrayList<>();
    boolean anyEntity = false;
    for (String name : PackageScanner.classNames(loader, packageName, true)) {
      Class<?> type;
      try {
        type = Class.forName(name, false, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        throw new RetortException(ErrorCode.ENTITY_MAPPING_FAILED, "Cannot load class " + name + ": " + e
            + ". Nothing was written. Check that --classpath holds everything the entities need.", e);
      }
      if (MAPPED.stream().anyMatch(type::isAnnotationPresent)) {
        mapped.add(type);
        anyEntity |= type.isAnnotationPresent(Entity.class);
      }
    }
    if (!anyEntity) {
      throw new RetortException(ErrorCode.NO_ENTITIES, "No @Entity classes found in package '" + packageName
          + "' or its sub-packages. Nothing was written. Check the package name, and that --classpath (or"
          + " classpath in retort.properties) names the folder or jar that holds the compiled entities.");
    }
    return mapped;
  }
}
