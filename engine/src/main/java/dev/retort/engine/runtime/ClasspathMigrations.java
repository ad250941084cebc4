package dev.retort.engine.runtime;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds compiled migrations in one package on a class path (folders and jars), the way an application
 * applies its migrations at start-up. Sub-packages are not searched.
 */
public final class ClasspathMigrations {
  private ClasspathMigrations() {}

  public static MigrationSet load(ClassLoader loader, String packageName) {
    List<Class<?>> classes = new ArrayList<>();
    for (String name : PackageScanner.classNames(loader, packageName, false)) {
      try {
        classes.add(Class.forName(name, false, loader));
      } catch (ClassNotFoundException | LinkageError e) {
        throw new RetortException(ErrorCode.MIGRATION_INVALID, "Cannot load class " + name + " from package "
            + packageName + ": " + e + ". No migration ran. Rebuild the application.", e);
      }
    }
    return new MigrationSet(MigrationClasses.load(classes));
  }
}
