package dev.retort.engine.runtime;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds compiled migrations in one package on a class path (directories and jars), the way an application
 * applies its migrations at start-up. Sub-packages are not searched.
 */
public final class ClasspathMigrations {
  private ClasspathMigrations() {}

  public static MigrationSet load(ClassLoader loader, String packageName) {
    List<Class<?>> classes = new ArrayList<>();
    for (String name : classNames(loader, packageName)) {
      try {
        classes.add(Class.forName(name, false, loader));
      } catch (ClassNotFoundException | LinkageError e) {
        throw new RetortException(ErrorCode.MIGRATION_INVALID, "Cannot load class " + name + " from package "
            + packageName + ": " + e + ". No migration ran. Rebuild the application.", e);
      }
    }
    return new MigrationSet(MigrationClasses.load(classes));
  }

  static List<String> classNames(ClassLoader loader, String packageName) {
    String path = packageName.replace('.', '/');
    TreeSet<String> names = new TreeSet<>();
    try {
      for (Path entry : classPathEntries(loader)) {
        if (Files.isDirectory(entry.resolve(path))) {
          fromDirectory(entry.resolve(path), packageName, names);
        } else if (Files.isRegularFile(entry)) {
          try (JarFile jar = new JarFile(entry.toFile())) {
            fromEntries(jar, path, names);
          }
        }
      }
      // loaders that are not URL class loaders (application servers, nested jars) answer this way
      Enumeration<URL> roots = loader.getResources(path);
      while (roots.hasMoreElements()) {
        URL root = roots.nextElement();
        if (root.getProtocol().equals("jar")) {
          fromJar(root, path, names);
        } else if (root.getProtocol().equals("file")) {
          fromDirectory(Path.of(root.toURI()), packageName, names);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return List.copyOf(names);
  }

  private static void fromDirectory(Path directory, String packageName, TreeSet<String> names)
      throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      files.map(f -> f.getFileName().toString())
          .filter(ClasspathMigrations::isTopLevelClass)
          .forEach(f -> names.add(packageName + "." + f.substring(0, f.length() - ".class".length())));
    }
  }

  private static void fromJar(URL root, String path, TreeSet<String> names) throws IOException {
    JarURLConnection connection = (JarURLConnection) root.openConnection();
    connection.setUseCaches(false);
    try (JarFile jar = connection.getJarFile()) {
      fromEntries(jar, path, names);
    }
  }

  private static void fromEntries(JarFile jar, String path, TreeSet<String> names) {
    Enumeration<JarEntry> entries = jar.entries();
    while (entries.hasMoreElements()) {
      String entry = entries.nextElement().getName();
      int slash = entry.lastIndexOf('/');
      if (slash == path.length() && entry.startsWith(path) && isTopLevelClass(entry.substring(slash + 1))) {
        names.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
      }
    }
  }

  /** Folders and jars of the URL class loaders in the chain, and of the JVM class path. */
  private static List<Path> classPathEntries(ClassLoader loader) throws URISyntaxException {
    List<Path> entries = new ArrayList<>();
    for (ClassLoader l = loader; l != null; l = l.getParent()) {
      if (l instanceof URLClassLoader urls) {
        for (URL url : urls.getURLs()) {
          if (url.getProtocol().equals("file")) {
            entries.add(Path.of(url.toURI()));
          }
        }
      }
    }
    for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        entries.add(Path.of(entry));
      }
    }
    return entries;
  }

  private static boolean isTopLevelClass(String fileName) {
    return fileName.endsWith(".class") && !fileName.contains("$") && !fileName.equals("package-info.class");
  }
}
