package dev.retort.engine.testing;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.ToolProvider;

/**
 * Compiles source text written in a test into a folder, as a user's build would: the fixtures of class path
 * tests (a class compiled against one that is then deleted, say) are made in the test itself.
 */
public final class JavaSources {
  private JavaSources() {}

  /**
   * @param sources qualified name of each top-level class to its source text
   * @param classpath entries besides the test's own class path (classes compiled earlier)
   * @return {@code classes}
   */
  public static Path compile(Path classes, Map<String, String> sources, Path... classpath) throws IOException {
    Path src = Files.createDirectories(classes.resolveSibling(classes.getFileName() + "-src"));
    Files.createDirectories(classes);
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-proc:none", "-nowarn", "-encoding",
        "UTF-8"));
    StringBuilder path = new StringBuilder(System.getProperty("java.class.path"));
    for (Path entry : classpath) {
      path.append(File.pathSeparator).append(entry);
    }
    args.addAll(List.of("-classpath", path.toString()));
    for (Map.Entry<String, String> source : new TreeMap<>(sources).entrySet()) {
      Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
      args.add(file.toString());
    }
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = ToolProvider.getSystemJavaCompiler().run(null, null, errors, args.toArray(String[]::new));
    if (status != 0) {
      throw new IllegalStateException("test sources do not compile:\n" + errors.toString(StandardCharsets.UTF_8));
    }
    return classes;
  }
}
