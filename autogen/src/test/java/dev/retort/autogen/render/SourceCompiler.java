package dev.retort.autogen.render;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles one generated source against the test class path and loads the class. */
public final class SourceCompiler {
  private SourceCompiler() {}

  public static Class<?> compile(Path dir, String qualifiedName, String source) throws IOException, ClassNotFoundException {
    Path file = dir.resolve("src").resolve(qualifiedName.replace('.', '/') + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    int status = compiler.run(null, null, null, "-d", classes.toString(), "-classpath",
        System.getProperty("java.class.path"), "-Xlint:all,-path,-processing", "-Werror", "-encoding", "UTF-8",
        file.toString());
    if (status != 0) {
      throw new AssertionError("generated source does not compile cleanly:\n" + source);
    }
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        SourceCompiler.class.getClassLoader());
    return Class.forName(qualifiedName, true, loader);
  }
}
