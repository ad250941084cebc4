package dev.retort.autogen.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.testing.JarBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spring Boot jars expand once per content, in class path order, and never outside their folder. */
class BootJarTest {
  @TempDir
  Path dir;

  @Test
  void expandsOncePerContentWithClassesFirstAndLibrariesInIndexOrder() throws Exception {
    Path a = new JarBuilder().text("a.txt", "a").write(dir.resolve("a.jar"));
    Path b = new JarBuilder().text("b.txt", "b").write(dir.resolve("b.jar"));
    Path app = new JarBuilder().text("BOOT-INF/classes/app.txt", "app").file("BOOT-INF/lib/a.jar", a)
        .file("BOOT-INF/lib/b.jar", b)
        .text("BOOT-INF/classpath.idx", "- \"BOOT-INF/lib/b.jar\"\n- \"BOOT-INF/lib/a.jar\"\n")
        .write(dir.resolve("app.jar"));
    Path cache = dir.resolve("project/.retort/boot-jars");

    assertThat(BootJar.is(app)).isTrue();
    assertThat(BootJar.is(a)).isFalse();
    List<Path> first = BootJar.expand(app, cache);
    Path folder = first.get(0).getParent();
    assertThat(first).containsExactly(folder.resolve("classes"), folder.resolve("lib/b.jar"),
        folder.resolve("lib/a.jar"));
    assertThat(folder.resolve("classes/app.txt")).hasContent("app");
    assertThat(BootJar.expand(app, cache)).isEqualTo(first);

    new JarBuilder().text("BOOT-INF/classes/app.txt", "rebuilt").write(app);
    List<Path> rebuilt = BootJar.expand(app, cache);
    assertThat(rebuilt.get(0).getParent()).isNotEqualTo(folder);
    assertThat(rebuilt.get(0).resolve("app.txt")).hasContent("rebuilt");
    try (Stream<Path> folders = Files.list(cache)) {
      assertThat(folders).hasSize(2);
    }
  }

  @Test
  void anEntryPointingOutsideItsFolderIsRefused() throws Exception {
    Path app = new JarBuilder().text("BOOT-INF/classes/../../../escaped.txt", "x").write(dir.resolve("app.jar"));
    Path cache = dir.resolve("project/.retort/boot-jars");

    RetortException e = catchThrowableOfType(RetortException.class, () -> BootJar.expand(app, cache));

    assertThat(e.code()).isEqualTo(ErrorCode.IO);
    assertThat(e.getMessage()).isEqualTo("The Spring Boot jar " + app + " holds the entry"
        + " BOOT-INF/classes/../../../escaped.txt, which points outside the folder it would be expanded into, so"
        + " it was not expanded. Nothing was written. Rebuild the jar, or pass its classes and library jars to"
        + " --classpath yourself.");
    assertThat(dir.resolve("project/.retort/escaped.txt")).doesNotExist();
    assertThat(dir.resolve("project/escaped.txt")).doesNotExist();
    try (Stream<Path> left = Files.list(cache)) {
      assertThat(left).isEmpty();
    }
  }
}
