package dev.retort.autogen.discovery;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

/**
 * Loads the classes discovery chose, and resolves their field types the way Hibernate's reflection will, so
 * that a class missing from the class path is reported with the mapped class that needs it instead of
 * surfacing later as a bare {@link NoClassDefFoundError} from inside Hibernate.
 */
final class MappedClassLoader {
  private final ClassLoader loader;
  private final ClassReferences references;
  private final Map<String, ClassFile> files;

  /** @param files the class files discovery read, by class name, which the entities' own loader can define */
  MappedClassLoader(ClassLoader loader, ClassReferences references, Map<String, ClassFile> files) {
    this.loader = loader;
    this.references = references;
    this.files = files;
  }

  /**
   * @param kind what the class is, for messages ({@code entity}, {@code class})
   * @param origin where it was named, for messages: empty, or {@code " (listed in ...)"}
   */
  Class<?> load(String name, String kind, String origin) {
    Class<?> type;
    ClassFile file = files.get(name);
    if (file != null && loader instanceof EntityClassLoader own) {
      own.offer(name, file);
    }
    try {
      type = Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      throw new RetortException(ErrorCode.ENTITY_MAPPING_FAILED, capitalised(kind) + " " + name + origin
          + " is not on the entities' class path. Nothing was written. Add the jar or folder that holds it to"
          + " --classpath (or classpath in retort.properties), then rerun.", e);
    } catch (LinkageError e) {
      throw failure(name, kind, e);
    }
    try {
      for (Field field : type.getDeclaredFields()) {
        field.getGenericType();
      }
    } catch (LinkageError | TypeNotPresentException e) {
      throw failure(name, kind, e);
    }
    return type;
  }

  private RetortException failure(String name, String kind, Throwable e) {
    return MissingClass.in(e)
        .map(missing -> missing.error(List.of(new ClassUse(kind + " " + name,
            references.how(name, missing.name()).orElse(null))), kind + " " + name, e))
        .orElseGet(() -> new RetortException(ErrorCode.ENTITY_MAPPING_FAILED, "Cannot load " + kind + " " + name
            + ": " + e + ". Nothing was written. Check that --classpath holds everything the entities need,"
            + " then rerun.", e));
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
