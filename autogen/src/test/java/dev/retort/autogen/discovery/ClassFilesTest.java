package dev.retort.autogen.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Class files are opened where the loader itself would find them. */
class ClassFilesTest {
  private static final String PATH = "com/app/Order.class";

  @TempDir
  Path folders;

  private URL folder(String name, String... paths) throws IOException {
    Path root = folders.resolve(name);
    for (String path : paths) {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, name + ":" + path);
    }
    Files.createDirectories(root);
    return root.toUri().toURL();
  }

  private static String read(ClassFiles files, String path) throws IOException {
    byte[] bytes = files.read(path);
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }

  @Test
  void theOutermostLoaderWinsAsInTheLoadersOwnLookup() throws IOException {
    try (URLClassLoader parent = new URLClassLoader(new URL[] {folder("parent", PATH)}, null);
        URLClassLoader child = new URLClassLoader(new URL[] {folder("child", PATH, "com/app/Line.class")}, parent);
        ClassFiles files = ClassFiles.of(child)) {
      assertThat(read(files, PATH)).isEqualTo("parent:" + PATH);
      try (InputStream own = child.getResourceAsStream(PATH)) {
        assertThat(new String(own.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("parent:" + PATH);
      }
      assertThat(read(files, "com/app/Line.class")).isEqualTo("child:com/app/Line.class");
      assertThat(read(files, "com/app/Missing.class")).isNull();
    }
  }

  @Test
  void aLoaderOfAnotherKindIsAskedItself() throws IOException {
    URL parentFolder = folder("parent", PATH);
    URL childFolder = folder("child", PATH);
    try (URLClassLoader parent = new URLClassLoader(new URL[] {parentFolder}, null);
        URLClassLoader childFirst = new URLClassLoader(new URL[] {childFolder}, parent) {
          @Override
          public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
          }
        };
        ClassFiles files = ClassFiles.of(childFirst)) {
      assertThat(read(files, PATH)).isEqualTo("child:" + PATH);
    }
  }

  @Test
  void theJvmsClassPathComesFirstUnderTheApplicationsLoader() throws IOException {
    String own = ClassFilesTest.class.getName().replace('.', '/') + ".class";
    try (URLClassLoader child = new URLClassLoader(new URL[] {folder("child", own)},
        ClassFilesTest.class.getClassLoader()); ClassFiles files = ClassFiles.of(child)) {
      assertThat(files.read(own)).startsWith(0xCA, 0xFE, 0xBA, 0xBE);
    }
  }
}
