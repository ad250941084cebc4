package dev.retort.engine.runtime;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.migration.Migration;
import dev.retort.engine.revision.RevisionInfo;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a folder of migration sources in-process against the engine and the application's class path and
 * loads them, so that autogenerate followed by upgrade needs no separate build. Compiled classes are kept in
 * the project's {@link MigrationCache}, per content of the sources and of what they compile against, so a run
 * whose migrations did not change starts without compiling.
 */
public final class SourceMigrations {
  private static final String COMPLETE = "complete";

  private SourceMigrations() {}

  /**
   * Compiles every {@code .java} file under {@code folder} against the engine alone, cached in the folder
   * that holds {@code folder}.
   */
  public static MigrationSet load(Path folder) {
    return load(folder, folder.toAbsolutePath().normalize().getParent(), List.of());
  }

  /**
   * Compiles every {@code .java} file under {@code folder} against the engine and {@code classpath} (folders
   * and jars, so that migrations may use the application's classes) and loads the migrations among them, with
   * the compiled classes cached in {@code project}'s {@code .retort/cache}.
   */
  public static MigrationSet load(Path folder, Path project, List<Path> classpath) {
    if (!Files.isDirectory(folder)) {
      throw new RetortException(ErrorCode.MIGRATIONS_MISSING, "The migrations folder " + folder
          + " does not exist. Nothing was changed. Run `retort init` to create it, or point --migrations"
          + " (or migrations.dir in retort.properties) at the folder that holds your migrations.");
    }
    List<Path> sources = sources(folder);
    if (sources.isEmpty()) {
      return new MigrationSet(List.of());
    }
    MigrationCache cache = new MigrationCache(project);
    SourceStamps stamps = new SourceStamps(cache.open());
    String stamp = stampKey(folder, sources, classpath);
    Path cached;
    try {
      Optional<Path> stamped = stamps.entry(stamp).map(cache.root()::resolve)
          .filter(entry -> Files.isRegularFile(entry.resolve(COMPLETE)));
      cached = stamped.orElseGet(() -> cache.root().resolve(fingerprint(folder, sources, classpath)));
      if (Files.isRegularFile(cached.resolve(COMPLETE))) {
        cache.touch(cached);
      } else {
        compileInto(cache, cached, folder, sources, classpath);
      }
      if (stamped.isEmpty()) {
        stamps.remember(stamp, cached.getFileName().toString(), sources);
      }
    } catch (IOException e) {
      throw new RetortException(ErrorCode.IO, "Cannot write compiled migrations into " + cache.root() + ": " + e
          + ". No migration ran. Check that folder (or remove it) and rerun.", e);
    }
    return new MigrationSet(migrations(cached, classpath));
  }

  /**
   * The migrations of a cache entry: from its {@link RevisionIndex} without loading a class where the index
   * was written, else by loading every class, which then writes the index.
   */
  private static List<LoadedMigration> migrations(Path cached, List<Path> classpath) {
    try {
      Optional<List<RevisionInfo>> indexed = RevisionIndex.read(cached);
      if (indexed.isPresent()) {
        ClassLoader loader = loader(cached, classpath);
        return indexed.get().stream().map(info -> MigrationClasses.lazy(info, loader)).toList();
      }
    } catch (IOException e) {
      // the classes themselves say the same
    }
    List<LoadedMigration> loaded = MigrationClasses.load(loadAll(cached, classpath));
    try {
      RevisionIndex.write(cached, loaded.stream().map(LoadedMigration::info).toList());
    } catch (IOException e) {
      // without an index the next run loads the classes again
    }
    return loaded;
  }

  private static void compileInto(MigrationCache cache, Path cached, Path folder, List<Path> sources,
      List<Path> classpath) throws IOException {
    Path fresh = cache.createFolder(cached.getFileName() + "." + ProcessHandle.current().pid() + "."
        + System.nanoTime());
    try {
      compile(folder, sources, classpath, fresh);
      Files.createFile(fresh.resolve(COMPLETE));
    } catch (RuntimeException | IOException e) {
      MigrationCache.deleteTree(fresh);
      throw e;
    }
    try {
      Files.move(fresh, cached, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException raced) {
      // another run compiled the same sources first: use its classes
      MigrationCache.deleteTree(fresh);
    }
    cache.prune(COMPLETE);
  }

  private static String fingerprint(Path folder, List<Path> sources, List<Path> classpath) {
    MessageDigest digest = sha256();
    for (Path source : sources) {
      update(digest, folder.relativize(source).toString());
      digest.update(read(source));
      digest.update((byte) 0);
    }
    return finish(digest, classpath);
  }

  /** The key of the {@link SourceStamps} stamp: the sources' names, sizes and times, not their contents. */
  private static String stampKey(Path folder, List<Path> sources, List<Path> classpath) {
    MessageDigest digest = sha256();
    update(digest, "stamp");
    for (Path source : sources) {
      try {
        update(digest, SourceStamps.attributes(folder, source));
      } catch (IOException e) {
        throw unreadable(source, e);
      }
    }
    return finish(digest, classpath);
  }

  /** What the sources compile against: the engine, the class path and the JDK. */
  private static String finish(MessageDigest digest, List<Path> classpath) {
    try {
      Path engine = Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      stamp(digest, engine);
      for (Path entry : classpath) {
        stamp(digest, entry);
      }
      update(digest, System.getProperty("java.version"));
      return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A class path entry by its files' names, sizes and times: a rebuilt application compiles again. */
  private static void stamp(MessageDigest digest, Path entry) {
    update(digest, entry.toAbsolutePath().toString());
    if (!Files.exists(entry)) {
      update(digest, "missing");
      return;
    }
    try (Stream<Path> files = Files.walk(entry)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        update(digest, entry.relativize(file) + "|" + Files.size(file) + "|"
            + Files.getLastModifiedTime(file).toMillis());
      }
    } catch (IOException e) {
      throw unreadable(entry, e);
    }
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }

  private static byte[] read(Path source) {
    try {
      return Files.readAllBytes(source);
    } catch (IOException e) {
      throw unreadable(source, e);
    }
  }

  private static RetortException unreadable(Path path, IOException e) {
    return new RetortException(ErrorCode.IO, "Cannot read " + path + ": " + e + ". No migration ran. Check"
        + " its permissions and rerun.", e);
  }

  private static List<Path> sources(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(f -> f.toString().endsWith(".java")).filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw unreadable(folder, e);
    }
  }

  private static void compile(Path folder, List<Path> sources, List<Path> classpath, Path output)
      throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new RetortException(ErrorCode.MIGRATION_INVALID, "Compiling the migrations in " + folder
          + " needs a JDK, but this Java (" + System.getProperty("java.home") + ") has no compiler. No"
          + " migration ran. Run retort with a JDK (set JAVA_HOME).");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      List<String> options = List.of("-d", output.toString(), "-classpath", compileClassPath(classpath),
          "-proc:none", "-encoding", "UTF-8", "-nowarn");
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
      boolean ok = compiler.getTask(null, files, diagnostics, options, null, units).call();
      if (!ok) {
        String errors = diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .limit(10)
            .map(d -> "  " + (d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":"
                + d.getLineNumber() + ": ") + d.getMessage(Locale.ROOT))
            .collect(Collectors.joining("\n"));
        throw new RetortException(ErrorCode.MIGRATION_INVALID, "The migrations in " + folder
            + " do not compile. No migration ran. Fix these errors and rerun:\n" + errors);
      }
    }
  }

  /** The engine's own classes, then the application's: a migration may use both. */
  private static String compileClassPath(List<Path> classpath) {
    try {
      URL location = Migration.class.getProtectionDomain().getCodeSource().getLocation();
      List<String> entries = new ArrayList<>(List.of(Path.of(location.toURI()).toString(),
          System.getProperty("java.class.path")));
      classpath.forEach(entry -> entries.add(entry.toString()));
      return String.join(File.pathSeparator, entries);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Class<?>> loadAll(Path classes, List<Path> classpath) {
    List<String> names;
    try (Stream<Path> files = Files.walk(classes)) {
      names = files.filter(f -> f.toString().endsWith(".class"))
          .map(f -> classes.relativize(f).toString())
          .filter(f -> !f.contains("$"))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace(File.separatorChar, '.'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw unreadable(classes, e);
    }
    ClassLoader loader = loader(classes, classpath);
    List<Class<?>> loaded = new ArrayList<>();
    try {
      for (String name : names) {
        loaded.add(Class.forName(name, true, loader));
      }
    } catch (ClassNotFoundException | LinkageError e) {
      throw new RetortException(ErrorCode.MIGRATION_INVALID, "A compiled migration cannot be loaded: " + e
          + ". No migration ran.", e);
    }
    return loaded;
  }

  private static ClassLoader loader(Path classes, List<Path> classpath) {
    List<URL> urls = new ArrayList<>(List.of(toUrl(classes)));
    classpath.forEach(entry -> urls.add(toUrl(entry)));
    return new URLClassLoader(urls.toArray(URL[]::new), Migration.class.getClassLoader());
  }

  private static URL toUrl(Path path) {
    try {
      return path.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
