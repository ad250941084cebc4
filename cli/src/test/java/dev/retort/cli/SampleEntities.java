package dev.retort.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
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
    return compile(target, Map.of());
  }

  /** The sample entities with {@code extraPackageMembers} inserted into {@code Package} at the marker. */
  static Path compile(Path target, String extraPackageMembers) throws IOException {
    return compile(target, Map.<String, UnaryOperator<String>>of("Package.java", text -> text.replace(FIELDS_END,
        extraPackageMembers + "\n  " + FIELDS_END)));
  }

  /** The sample entities with each named source file rewritten; every rewrite must change its file. */
  static Path compile(Path target, Map<String, UnaryOperator<String>> edits) throws IOException {
    Path sources = target.resolve("src");
    Path classes = target.resolve("classes");
    copyTree(SOURCES, sources);
    for (Map.Entry<String, UnaryOperator<String>> edit : new TreeMap<>(edits).entrySet()) {
      Path source = sources.resolve(PACKAGE.replace('.', '/')).resolve(edit.getKey());
      String text = Files.readString(source, StandardCharsets.UTF_8);
      String edited = edit.getValue().apply(text);
      if (edited.equals(text)) {
        throw new IllegalStateException("the edit of " + edit.getKey() + " changed nothing");
      }
      Files.writeString(source, edited, StandardCharsets.UTF_8);
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
