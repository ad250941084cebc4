package dev.retort.engine.runtime;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Lists the class files in a package, from the folders and jars a class loader reads (jars without directory
 * entries included) and from whatever else the loader reports for the package's path: as top-level class
 * names, or as the resource paths of every class file (nested classes included) for readers that look at
 * class files without loading them.
 */
public final class PackageScanner {
  /** A directory of Retort's own: a jar holding it with its directory entries lists every directory. */
  private static final String OWN_DIRECTORY = "dev/retort/engine/runtime/";
  private static final Path OWN_JAR = ownJar();

  private PackageScanner() {}

  /** Class names in {@code packageName} (and its sub-packages when asked), sorted. */
  public static List<String> classNames(ClassLoader loader, String packageName, boolean subPackages) {
    return classFiles(loader, packageName, subPackages, PackageScanner::isTopLevelClass).stream()
        .map(PackageScanner::className).toList();
  }

  /**
   * Resource paths ({@code com/app/Outer$Inner.class}) of every class file in {@code packageName} and its
   * sub-packages, nested classes included, {@code package-info} and {@code module-info} left out; sorted.
   */
  public static List<String> classFilePaths(ClassLoader loader, String packageName) {
    return classFiles(loader, packageName, true, PackageScanner::isClassFile);
  }

  private static List<String> classFiles(ClassLoader loader, String packageName, boolean subPackages,
      Predicate<String> wanted) {
    String path = packageName.replace('.', '/');
    TreeSet<String> names = new TreeSet<>();
    try {
      for (Path entry : classPathEntries(loader)) {
        if (Files.isDirectory(entry.resolve(path))) {
          fromDirectory(path, entry.resolve(path), subPackages, wanted, names);
        } else if (Files.isRegularFile(entry)) {
          try (JarFile jar = new JarFile(entry.toFile())) {
            if (!lacksPackage(jar, entry, path)) {
              fromEntries(jar, path, subPackages, wanted, names);
            }
          }
        }
      }
      // loaders that are not URL class loaders (application servers, nested jars) answer this way
      Enumeration<URL> roots = loader.getResources(path);
      while (roots.hasMoreElements()) {
        URL root = roots.nextElement();
        if (root.getProtocol().equals("jar")) {
          JarURLConnection connection = (JarURLConnection) root.openConnection();
          connection.setUseCaches(false);
          try (JarFile jar = connection.getJarFile()) {
            fromEntries(jar, path, subPackages, wanted, names);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return List.copyOf(names);
  }

  /**
   * The files of {@code directory}, whose resource path is {@code relative}, with one look at each entry: a
   * walk of the tree would read every entry's attributes before the filter asks again, a package of a
   * thousand classes twice over. Linked directories are not followed, as a walk does not follow them.
   */
  private static void fromDirectory(String relative, Path directory, boolean subPackages,
      Predicate<String> wanted, TreeSet<String> names) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      for (Path entry : entries) {
        String name = relative + "/" + entry.getFileName();
        if (wanted.test(name) && Files.isRegularFile(entry)) {
          names.add(name);
        } else if (subPackages && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
          fromDirectory(name, entry, true, wanted, names);
        }
      }
    }
  }

  /**
   * Whether {@code jar} is the one Retort runs from and certainly does not hold the package: that jar (the
   * command line's holds every library, some twenty thousand entries) lists its own directories, so the one
   * that built it lists the package's too. Any other jar is read entry by entry, since some are built without
   * directory entries.
   */
  private static boolean lacksPackage(JarFile jar, Path entry, String path) {
    return entry.toAbsolutePath().normalize().equals(OWN_JAR) && jar.getEntry(OWN_DIRECTORY) != null
        && jar.getEntry(path + "/") == null;
  }

  private static Path ownJar() {
    try {
      CodeSource source = PackageScanner.class.getProtectionDomain().getCodeSource();
      if (source == null || source.getLocation() == null || !source.getLocation().getProtocol().equals("file")) {
        return null;
      }
      Path location = Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
      return Files.isRegularFile(location) ? location : null;
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  private static void fromEntries(JarFile jar, String path, boolean subPackages, Predicate<String> wanted,
      TreeSet<String> names) {
    Enumeration<JarEntry> entries = jar.entries();
    while (entries.hasMoreElements()) {
      String entry = entries.nextElement().getName();
      int slash = entry.lastIndexOf('/');
      boolean inPackage = subPackages ? entry.startsWith(path + "/") : slash == path.length() && entry.startsWith(path);
      if (inPackage && wanted.test(entry)) {
        names.add(entry);
      }
    }
  }

  private static String className(String relativePath) {
    return relativePath.substring(0, relativePath.length() - ".class".length()).replace('/', '.');
  }

  private static boolean isTopLevelClass(String path) {
    return isClassFile(path) && !path.substring(path.lastIndexOf('/') + 1).contains("$");
  }

  private static boolean isClassFile(String path) {
    String fileName = path.substring(path.lastIndexOf('/') + 1);
    return fileName.endsWith(".class") && !fileName.equals("package-info.class")
        && !fileName.equals("module-info.class");
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
    entries.addAll(jvmClassPath());
    return entries;
  }

  /** The folders and jars of the JVM's class path, in its order. */
  public static List<Path> jvmClassPath() {
    List<Path> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        entries.add(Path.of(entry));
      }
    }
    return entries;
  }
}
