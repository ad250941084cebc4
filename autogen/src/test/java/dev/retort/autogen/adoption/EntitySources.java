package dev.retort.autogen.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.ToolProvider;

/** Entity classes of package {@code adopt}, compiled from source into a folder of their own. */
final class EntitySources {
  static final String PACKAGE = "adopt";
  private static final String HEADER = """
      package adopt;

      import jakarta.persistence.*;
      import java.util.*;

      """;

  private EntitySources() {}

  /** Compiles {@code classes} (simple name to body, without package or imports) into {@code dir}. */
  static URLClassLoader compile(Path dir, Map<String, String> classes) throws Exception {
    Path sources = Files.createDirectories(dir.resolve("src/adopt"));
    Path out = Files.createDirectories(dir.resolve("classes"));
    List<String> arguments = new ArrayList<>(List.of("-d", out.toString(),
        "-classpath", System.getProperty("java.class.path"), "-proc:none", "-nowarn", "-encoding", "UTF-8"));
    for (Map.Entry<String, String> type : classes.entrySet()) {
      Path source = sources.resolve(type.getKey() + ".java");
      Files.writeString(source, HEADER + type.getValue());
      arguments.add(source.toString());
    }
    int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(String[]::new));
    assertThat(status).as("entity sources compile").isZero();
    return new URLClassLoader(new URL[] {out.toUri().toURL()}, EntitySources.class.getClassLoader());
  }
}
