package dev.retort.autogen.discovery;

import java.net.URL;
import java.net.URLClassLoader;
import java.security.CodeSigner;
import java.security.CodeSource;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The loader of a user's entities: a URL class loader, parent first, that defines a class discovery has read
 * from one of its own folders from the bytes it read, instead of finding and reading the file again (at 1000
 * entities, half of loading them). The class is defined as the URL class loader would define it: in its
 * folder's code source, its package defined on first use.
 */
public final class EntityClassLoader extends URLClassLoader {
  static {
    registerAsParallelCapable();
  }

  private final Set<String> urls;
  private final Map<String, ClassFile> offered = new ConcurrentHashMap<>();

  EntityClassLoader(URL[] urls, ClassLoader parent) {
    super(urls, parent);
    this.urls = Stream.of(urls).map(URL::toExternalForm).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Keeps the bytes of class {@code name} for its definition if they were read from a folder of this loader:
   * the parent is asked first as ever, and where it has no such class, the first of this loader's folders
   * that holds the file is the one the bytes came from (they were looked up in the same order).
   */
  void offer(String name, ClassFile file) {
    // a class file's code base is a folder or null (ClassFile), so one of this loader's URLs is one of its folders
    if (file.codeBase() != null && urls.contains(file.codeBase().toExternalForm())) {
      offered.put(name, file);
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    ClassFile file = offered.remove(name);
    if (file == null) {
      return super.findClass(name);
    }
    int dot = name.lastIndexOf('.');
    if (dot > 0 && getDefinedPackage(name.substring(0, dot)) == null) {
      try {
        definePackage(name.substring(0, dot), null, null, null, null, null, null, null);
      } catch (IllegalArgumentException definedMeanwhile) {
        // another thread defined it first
      }
    }
    byte[] bytes = file.bytes();
    return defineClass(name, bytes, 0, bytes.length, new CodeSource(file.codeBase(), (CodeSigner[]) null));
  }
}
