package dev.retort.autogen.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
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

  /** A jar holding {@code paths}, each file's content naming the jar and the path. */
  private URL jar(String name, String manifestClassPath, String... paths) throws IOException {
    Path jar = folders.resolve(name + ".jar");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    if (manifestClassPath != null) {
      manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, manifestClassPath);
    }
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      for (String path : paths) {
        out.putNextEntry(new JarEntry(path));
        out.write((name + ":" + path).getBytes(StandardCharsets.UTF_8));
      }
    }
    return jar.toUri().toURL();
  }

  @Test
  void foldersAndJarsAreSearchedInTheLoadersOrderWithTheJarsManifestClassPaths() throws IOException {
    URL first = jar("first", "lib.jar", "com/app/Line.class");
    jar("lib", null, PATH);
    URL folder = folder("folder", PATH, "com/app/Line.class", "com/app/Item.class");
    URL last = jar("last", null, PATH, "com/app/Item.class", "com/app/Tax.class");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {first, folder, last}, null);
        ClassFiles files = ClassFiles.of(loader)) {
      for (String path : List.of(PATH, "com/app/Line.class", "com/app/Item.class", "com/app/Tax.class")) {
        try (InputStream own = loader.getResourceAsStream(path)) {
          assertThat(read(files, path)).isEqualTo(new String(own.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
      assertThat(read(files, PATH)).isEqualTo("lib:" + PATH);
      assertThat(files.file("com/app/Item.class").codeBase()).isEqualTo(folder);
      assertThat(files.file("com/app/Tax.class").codeBase()).isNull();
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
