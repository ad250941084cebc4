package dev.retort.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.revision.RevisionInfo;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How an application finds its compiled migrations at start-up, in a folder or in a jar. */
class ClasspathMigrationsTest {
  @TempDir
  Path dir;

  private static String migration(String className, String id, String parents) {
    return """
        package app.migrations;

        import dev.retort.engine.migration.Migration;
        import dev.retort.engine.migration.Ops;
        import dev.retort.engine.migration.Revision;

        @Revision(id = "%s", parents = {%s}, message = "%s")
        public final class %s implements Migration {
          @Override
          public void upgrade(Ops op) {
            op.execute("SELECT 1", "SELECT 2");
          }

          @Override
          public void downgrade(Ops op) {
            op.execute("SELECT 2", "SELECT 1");
          }

          /** Helpers next to migrations are ignored. */
          static final class Helper {}
        }
        """.formatted(id, parents, className, className);
  }

  private Path compile(String... sources) throws Exception {
    Path src = Files.createDirectories(dir.resolve("src/app/migrations"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    for (int i = 0; i < sources.length; i += 2) {
      Files.writeString(src.resolve(sources[i] + ".java"), sources[i + 1]);
    }
    try (Stream<Path> files = Files.list(src)) {
      String[] args = Stream.concat(Stream.of("-d", classes.toString(), "-classpath",
          System.getProperty("java.class.path")), files.map(Path::toString)).toArray(String[]::new);
      assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, args)).isZero();
    }
    return classes;
  }

  @Test
  void findsMigrationsInAFolderAndInAJar() throws Exception {
    Path classes = compile("M1_First", migration("M1_First", "aaa", ""),
        "M2_Second", migration("M2_Second", "bbb", "\"aaa\""));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      MigrationSet set = ClasspathMigrations.load(loader, "app.migrations");
      assertThat(set.graph().revisions()).extracting(RevisionInfo::id).containsExactly("aaa", "bbb");
    }
    Path rebuilt = dir.resolve("app.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(rebuilt));
        Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, out);
        out.closeEntry();
      }
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {rebuilt.toUri().toURL()}, getClass().getClassLoader())) {
      MigrationSet set = ClasspathMigrations.load(loader, "app.migrations");
      assertThat(set.graph().heads()).containsExactly("bbb");
    }
  }

  @Test
  void aMigrationWithoutRevisionIsNamed() throws Exception {
    Path classes = compile("M1_First", migration("M1_First", "aaa", "").replace("@Revision(id = \"aaa\", parents = {}, message = \"M1_First\")", ""));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      assertThatThrownBy(() -> ClasspathMigrations.load(loader, "app.migrations"))
          .isInstanceOf(RetortException.class)
          .hasMessage("Migration class app.migrations.M1_First has no @Revision annotation; add @Revision(id ="
              + " \"...\", parents = {...}). No migration ran.")
          .extracting(e -> ((RetortException) e).code()).isEqualTo(ErrorCode.MIGRATION_INVALID);
    }
  }
}
