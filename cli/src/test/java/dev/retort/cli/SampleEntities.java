package dev.retort.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles the sample entities from their sources into a folder, as a user's build would, optionally with
 * {@code Package} changed: the way tests evolve an entity between two autogenerate runs.
 */
final class SampleEntities {
  static final String PACKAGE = "dev.retort.sample";
  private static final Path SOURCES = Path.of("../sample-entities/src/main/java");
  private static final String FIELDS_END = "// retort:fields-end";

  private SampleEntities() {}

  /** The sample entities as they are. */
  static Path compile(Path target) throws IOException {
    return compile(target, null);
  }

  /** The sample entities with {@code extraPackageMembers} inserted into {@code Package} at the marker. */
  static Path compile(Path target, String extraPackageMembers) throws IOException {
    Path sources = target.resolve("src");
    Path classes = target.resolve("classes");
    copyTree(SOURCES, sources);
    if (extraPackageMembers != null) {
      Path packageSource = sources.resolve(PACKAGE.replace('.', '/')).resolve("Package.java");
      String text = Files.readString(packageSource, StandardCharsets.UTF_8);
      if (!text.contains(FIELDS_END)) {
        throw new IllegalStateException("Package.java lost its " + FIELDS_END + " marker");
      }
      Files.writeString(packageSource, text.replace(FIELDS_END, extraPackageMembers + "\n  " + FIELDS_END),
          StandardCharsets.UTF_8);
    }
    Files.createDirectories(classes);
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
        System.getProperty("java.class.path"), "-proc:none", "-nowarn", "-encoding", "UTF-8"));
    try (Stream<Path> files = Files.walk(sources)) {
      files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> args.add(f.toString()));
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    int status = compiler.run(null, null, null, args.toArray(String[]::new));
    if (status != 0) {
      throw new IllegalStateException("sample entities do not compile (status " + status + ")");
    }
    return classes;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path copy = to.resolve(from.relativize(file).toString().replace(File.separatorChar, '/'));
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
    }
  }
}
