package dev.retort.engine.runtime;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.migration.Migration;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a folder of migration sources in-process against the engine and loads them, so that
 * autogenerate followed by upgrade needs no separate build.
 */
public final class SourceMigrations {
  /**
   * Compiled classes are kept per content of the sources and the engine they compile against, so a run
   * whose migrations did not change starts without compiling.
   */
  private static final Path CACHE = Path.of(System.getProperty("java.io.tmpdir"), "retort-migrations-cache");
  private static final String COMPLETE = "complete";

  private SourceMigrations() {}

  /** Compiles every {@code .java} file under {@code folder} and loads the migrations among them. */
  public static MigrationSet load(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new RetortException(ErrorCode.MIGRATIONS_MISSING, "The migrations folder " + folder
          + " does not exist. Nothing was changed. Run `retort init` to create it, or point --migrations"
          + " (or migrations.dir in retort.properties) at the folder that holds your migrations.");
    }
    List<Path> sources = sources(folder);
    if (sources.isEmpty()) {
      return new MigrationSet(List.of());
    }
    try {
      Path cached = CACHE.resolve(fingerprint(folder, sources));
      if (!Files.isRegularFile(cached.resolve(COMPLETE))) {
        Path fresh = Files.createDirectories(CACHE)
            .resolve(cached.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime());
        try {
          compile(folder, sources, fresh);
        } catch (RuntimeException e) {
          deleteTree(fresh);
          throw e;
        }
        Files.createFile(fresh.resolve(COMPLETE));
        try {
          Files.move(fresh, cached, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException raced) {
          // another run compiled the same sources first: use its classes
          deleteTree(fresh);
        }
      }
      return new MigrationSet(MigrationClasses.load(loadAll(cached)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String fingerprint(Path folder, List<Path> sources) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Path source : sources) {
        digest.update(folder.relativize(source).toString().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Files.readAllBytes(source));
        digest.update((byte) 0);
      }
      Path engine = Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      digest.update((engine + "|" + Files.getLastModifiedTime(engine).toMillis()).getBytes(StandardCharsets.UTF_8));
      digest.update(System.getProperty("java.version").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
    } catch (NoSuchAlgorithmException | URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Path> sources(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(f -> f.toString().endsWith(".java")).filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void compile(Path folder, List<Path> sources, Path output) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new RetortException(ErrorCode.MIGRATION_INVALID, "Compiling the migrations in " + folder
          + " needs a JDK, but this Java (" + System.getProperty("java.home") + ") has no compiler. No"
          + " migration ran. Run retort with a JDK (set JAVA_HOME).");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      List<String> options = List.of("-d", output.toString(), "-classpath", engineClassPath(),
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

  /** Where the engine's own classes come from: generated code compiles against the engine alone. */
  private static String engineClassPath() {
    try {
      URL location = Migration.class.getProtectionDomain().getCodeSource().getLocation();
      return Path.of(location.toURI()).toString() + File.pathSeparator + System.getProperty("java.class.path");
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Class<?>> loadAll(Path classes) throws IOException {
    List<String> names;
    try (Stream<Path> files = Files.walk(classes)) {
      names = files.filter(f -> f.toString().endsWith(".class"))
          .map(f -> classes.relativize(f).toString())
          .filter(f -> !f.contains("$"))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace(File.separatorChar, '.'))
          .sorted()
          .toList();
    }
    URLClassLoader loader = new URLClassLoader(new URL[] {toUrl(classes)}, Migration.class.getClassLoader());
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

  private static URL toUrl(Path path) {
    try {
      return path.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
