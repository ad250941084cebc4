package dev.retort.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.testing.JarBuilder;
import dev.retort.engine.testing.JavaSources;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Class names and class file paths of a package, from a folder and from a jar without directory entries. */
class PackageScannerTest {
  @TempDir
  Path dir;

  @Test
  void listsTopLevelNamesOrEveryClassFileFromFoldersAndJars() throws Exception {
    Path classes = JavaSources.compile(dir.resolve("classes"), Map.of(
        "fx.scan.Outer", "package fx.scan; public class Outer { public static class Nested {} }",
        "fx.scan.sub.Leaf", "package fx.scan.sub; public class Leaf {}",
        "fx.scan.package-info", "package fx.scan;"));
    Path jar = new JarBuilder().folder("", classes).write(dir.resolve("scan.jar"));

    for (Path entry : new Path[] {classes, jar}) {
      try (URLClassLoader loader = new URLClassLoader(new URL[] {entry.toUri().toURL()}, null)) {
        assertThat(PackageScanner.classNames(loader, "fx.scan", true)).as(entry.toString())
            .containsExactly("fx.scan.Outer", "fx.scan.sub.Leaf");
        assertThat(PackageScanner.classNames(loader, "fx.scan", false)).as(entry.toString())
            .containsExactly("fx.scan.Outer");
        assertThat(PackageScanner.classFilePaths(loader, "fx.scan")).as(entry.toString())
            .containsExactly("fx/scan/Outer$Nested.class", "fx/scan/Outer.class", "fx/scan/sub/Leaf.class");
      }
    }
  }

  @Test
  void aFolderLinkedIntoThePackageIsNotFollowedAndOtherFilesAreNoClasses() throws Exception {
    Path classes = JavaSources.compile(dir.resolve("classes"), Map.of(
        "fx.walk.Top", "package fx.walk; public class Top {}",
        "fx.walk.sub.Leaf", "package fx.walk.sub; public class Leaf {}"));
    Files.writeString(classes.resolve("fx/walk/notes.txt"), "not a class");
    Files.createDirectories(classes.resolve("fx/walk/Odd.class"));
    Files.createSymbolicLink(classes.resolve("fx/walk/again"), classes.resolve("fx/walk/sub"));

    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
      assertThat(PackageScanner.classFilePaths(loader, "fx.walk"))
          .containsExactly("fx/walk/Top.class", "fx/walk/sub/Leaf.class");
    }
  }
}
