package dev.retort.engine.runtime;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.migration.Migration;
import dev.retort.engine.migration.Revision;
import dev.retort.engine.revision.RevisionInfo;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns migration classes into {@link LoadedMigration}s, checking what the engine relies on. */
public final class MigrationClasses {
  private MigrationClasses() {}

  /**
   * The migrations among {@code classes}: those implementing {@link Migration}. A migration class without
   * {@link Revision}, or one that cannot be instantiated, is an error naming it.
   */
  public static List<LoadedMigration> load(List<Class<?>> classes) {
    List<LoadedMigration> loaded = new ArrayList<>();
    classes.stream()
        .filter(Migration.class::isAssignableFrom)
        .filter(c -> !c.isInterface() && !Modifier.isAbstract(c.getModifiers()))
        .sorted(Comparator.comparing(Class::getName))
        .forEach(c -> loaded.add(load(c)));
    return loaded;
  }

  static LoadedMigration load(Class<?> type) {
    Revision revision = type.getAnnotation(Revision.class);
    if (revision == null) {
      throw invalid(type, "has no @Revision annotation; add @Revision(id = \"...\", parents = {...})");
    }
    return new LoadedMigration(new RevisionInfo(revision.id(), List.of(revision.parents()), revision.message(),
        type.getName(), List.of(revision.branchLabels()), List.of(revision.dependsOn())), instantiate(type));
  }

  private static Migration instantiate(Class<?> type) {
    if (!Migration.class.isAssignableFrom(type)) {
      throw invalid(type, "does not implement " + Migration.class.getName());
    }
    try {
      Constructor<?> constructor = type.getDeclaredConstructor();
      if (!Modifier.isPublic(constructor.getModifiers()) || !Modifier.isPublic(type.getModifiers())) {
        throw invalid(type, "must be public with a public no-argument constructor");
      }
      return (Migration) constructor.newInstance();
    } catch (NoSuchMethodException e) {
      throw invalid(type, "has no no-argument constructor");
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new RetortException(ErrorCode.MIGRATION_INVALID, "Migration class " + type.getName()
          + " cannot be instantiated: " + e + ". No migration ran. Fix the class and rerun.", e);
    }
  }

  /**
   * A migration known from its {@link RevisionIndex} entry, whose class is loaded from {@code loader} and
   * instantiated only when its operations are needed. The index was written from the annotations of these
   * very classes, so they are not parsed again (a fifth of the cost of loading one).
   */
  static LoadedMigration lazy(RevisionInfo info, ClassLoader loader) {
    return new LoadedMigration(info, () -> {
      try {
        return instantiate(Class.forName(info.source(), true, loader));
      } catch (ClassNotFoundException | LinkageError e) {
        throw new RetortException(ErrorCode.MIGRATION_INVALID, "A compiled migration cannot be loaded: " + e
            + ". No migration ran.", e);
      }
    });
  }

  private static RetortException invalid(Class<?> type, String problem) {
    return new RetortException(ErrorCode.MIGRATION_INVALID,
        "Migration class " + type.getName() + " " + problem + ". No migration ran.");
  }
}
