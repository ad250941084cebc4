package dev.retort.autogen.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.testing.JavaSources;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Classes are defined from the bytes discovery read only where the loader itself would have read them. */
class EntityClassLoaderTest {
  private static final String NAME = "fx.e.Order";

  @TempDir
  Path dir;

  /** A folder holding {@code fx.e.Order} with one field, named {@code field}. */
  private Path folder(String name, String field) throws Exception {
    return JavaSources.compile(dir.resolve(name), Map.of(NAME, "package fx.e; public class Order { int " + field
        + "; }"));
  }

  private static byte[] bytes(Path folder) throws Exception {
    return Files.readAllBytes(folder.resolve("fx/e/Order.class"));
  }

  private static URL url(Path folder) throws Exception {
    return folder.toUri().toURL();
  }

  @Test
  void definesAClassFromTheBytesReadFromItsOwnFolderInThatFoldersCodeSource() throws Exception {
    Path own = folder("own", "onDisk");
    Path read = folder("read", "asRead");
    try (EntityClassLoader loader = new EntityClassLoader(new URL[] {url(own)}, null)) {
      loader.offer(NAME, new ClassFile(bytes(read), url(own)));
      Class<?> type = Class.forName(NAME, false, loader);
      assertThat(type.getDeclaredField("asRead")).isNotNull();
      assertThat(type.getClassLoader()).isSameAs(loader);
      assertThat(type.getProtectionDomain().getCodeSource().getLocation()).isEqualTo(url(own));
      assertThat(type.getPackage().getName()).isEqualTo("fx.e");
    }
  }

  @Test
  void bytesFromAFolderNotItsOwnAreReadAgainFromItsOwn() throws Exception {
    Path own = folder("own", "onDisk");
    Path elsewhere = folder("elsewhere", "elsewhere");
    try (EntityClassLoader loader = new EntityClassLoader(new URL[] {url(own)}, null)) {
      loader.offer(NAME, new ClassFile(bytes(elsewhere), url(elsewhere)));
      loader.offer(NAME + "Jar", new ClassFile(bytes(elsewhere), null));
      assertThat(Class.forName(NAME, false, loader).getDeclaredField("onDisk")).isNotNull();
    }
  }

  @Test
  void theParentStillComesFirst() throws Exception {
    Path inParent = folder("parent", "inParent");
    Path own = folder("own", "onDisk");
    try (URLClassLoader parent = new URLClassLoader(new URL[] {url(inParent)}, null);
        EntityClassLoader loader = new EntityClassLoader(new URL[] {url(own)}, parent)) {
      loader.offer(NAME, new ClassFile(bytes(own), url(own)));
      Class<?> type = Class.forName(NAME, false, loader);
      assertThat(type.getClassLoader()).isSameAs(parent);
      assertThat(type.getDeclaredField("inParent")).isNotNull();
    }
  }

  @Test
  void aDiscoveredEntityIsDefinedByTheEntitiesLoaderInItsFolder() throws Exception {
    Path own = JavaSources.compile(dir.resolve("entities"), Map.of("fx.d.Item", """
        package fx.d;
        @jakarta.persistence.Entity
        public class Item { @jakarta.persistence.Id long id; }
        """));
    try (EntityClassLoader loader = EntityClassPath.open(List.of(own), dir.resolve("cache"),
        EntityClassLoaderTest.class.getClassLoader())) {
      Class<?> item = EntityDiscovery.discover(loader, "fx.d").classes().get(0);
      assertThat(item.getClassLoader()).isSameAs(loader);
      assertThat(item.getProtectionDomain().getCodeSource().getLocation()).isEqualTo(url(own));
    }
  }
}
