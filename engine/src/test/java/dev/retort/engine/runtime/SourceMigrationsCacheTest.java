package dev.retort.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.op.CreateTable;
import dev.retort.engine.testing.JavaSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiled migrations are kept inside the project in a folder only the user can write, never in one that
 * someone else controls, and compile against the application's classes.
 */
class SourceMigrationsCacheTest {
  @TempDir
  Path project;

  private Path migrations;

  static String migration(String id, String tableExpression) {
    return """
        package migrations;

        import static dev.retort.engine.migration.Dsl.*;

        import dev.retort.engine.migration.Migration;
        import dev.retort.engine.migration.Ops;
        import dev.retort.engine.migration.Revision;

        @Revision(id = "%s", message = "create a table")
        public final class CreateTable%s implements Migration {
          @Override
          public void upgrade(Ops op) {
            op.createTable(%s, column("id", bigint()).notNull(), primaryKey("id"));
          }

          @Override
          public void downgrade(Ops op) {
            op.dropTable(%s, column("id", bigint()).notNull(), primaryKey("id"));
          }
        }
        """.formatted(id, id, tableExpression, tableExpression);
  }

  @BeforeEach
  void migrationsFolder() throws Exception {
    migrations = Files.createDirectories(project.resolve("migrations"));
    Files.writeString(migrations.resolve("CreateTablea1.java"), migration("a1", "\"authors\""));
  }

  private static boolean posix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  @Test
  void theCacheIsInsideTheProjectForTheUserAlone() throws Exception {
    Assumptions.assumeTrue(posix(project), "SKIPPED: permissions are checked on POSIX file systems only");
    assertThat(SourceMigrations.load(migrations, project, List.of()).graph().heads()).containsExactly("a1");
    for (Path folder : List.of(project.resolve(".retort"), project.resolve(".retort/cache"))) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).as(folder.toString())
          .isEqualTo("rwx------");
    }
    try (Stream<Path> entries = Files.list(project.resolve(".retort/cache"))) {
      assertThat(entries.filter(Files::isDirectory).toList()).hasSize(1);
    }
  }

  @Test
  void aCacheFolderOthersCanWriteIsRefused() throws Exception {
    Assumptions.assumeTrue(posix(project), "SKIPPED: permissions are checked on POSIX file systems only");
    Path cache = Files.createDirectories(project.resolve(".retort/cache"));
    Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));
    assertThatThrownBy(() -> SourceMigrations.load(migrations, project, List.of()))
        .isInstanceOf(RetortException.class)
        .hasMessage("The migration cache folder " + cache + " can be written by every user (rwxrwxrwx), so"
            + " others could put classes there for Retort to run. Retort loads compiled migrations from there,"
            + " so it refuses to use it; no migration ran. To go on, make it yours alone with `chmod 700 " + cache
            + "`, or remove it (Retort makes it again).")
        .extracting(e -> ((RetortException) e).code()).isEqualTo(ErrorCode.IO);
    try (Stream<Path> entries = Files.list(cache)) {
      assertThat(entries.toList()).as("nothing compiled into it").isEmpty();
    }
  }

  @Test
  void aFolderOnTheWayThatTheGroupCanWriteIsRefused() throws Exception {
    Assumptions.assumeTrue(posix(project), "SKIPPED: permissions are checked on POSIX file systems only");
    Path retort = Files.createDirectories(project.resolve(".retort"));
    Files.setPosixFilePermissions(retort, PosixFilePermissions.fromString("rwxrwxr-x"));
    assertThatThrownBy(() -> SourceMigrations.load(migrations, project, List.of()))
        .hasMessageStartingWith("The migration cache folder " + retort + " can be written by its group"
            + " (rwxrwxr-x)");
    assertThat(retort.resolve("cache")).doesNotExist();
  }

  @Test
  void aCacheFolderOfAnotherUserIsRefused() throws Exception {
    Assumptions.assumeTrue(posix(project), "SKIPPED: permissions are checked on POSIX file systems only");
    Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
        "SKIPPED: a folder owned by another user can only be made as root (chown to nobody); run as root to"
            + " test it");
    Path cache = Files.createDirectories(project.resolve(".retort/cache"));
    Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwx------"));
    UserPrincipal nobody = project.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
    Files.setOwner(cache, nobody);
    assertThatThrownBy(() -> SourceMigrations.load(migrations, project, List.of()))
        .hasMessage("The migration cache folder " + cache + " belongs to nobody, not to root who runs Retort, so"
            + " that user could put classes there for Retort to run. Retort loads compiled migrations from there,"
            + " so it refuses to use it; no migration ran. To go on, remove it (Retort makes it again, for you"
            + " alone).");
  }

  @Test
  void staleEntriesArePruned() throws Exception {
    for (int version = 1; version <= MigrationCache.KEPT + 3; version++) {
      Files.writeString(migrations.resolve("CreateTablea1.java"), migration("a1", "\"authors_" + version + "\""));
      LoadedMigration loaded = SourceMigrations.load(migrations, project, List.of()).get("a1");
      assertThat(((CreateTable) loaded.upgradeOps().get(0)).table().name()).isEqualTo("authors_" + version);
    }
    try (Stream<Path> entries = Files.list(project.resolve(".retort/cache"))) {
      assertThat(entries.filter(Files::isDirectory).toList()).hasSize(MigrationCache.KEPT);
    }
  }

  @Test
  void migrationsUseTheApplicationsClasses() throws Exception {
    Path app = JavaSources.compile(project.resolve("app-classes"), Map.of("com.app.Naming", """
        package com.app;

        public final class Naming {
          private Naming() {}

          public static String table(String entity) {
            return "app_" + entity;
          }
        }
        """));
    Files.writeString(migrations.resolve("CreateTablea1.java"),
        migration("a1", "com.app.Naming.table(\"authors\")"));
    LoadedMigration loaded = SourceMigrations.load(migrations, project, List.of(app)).get("a1");
    assertThat(((CreateTable) loaded.upgradeOps().get(0)).table().name()).isEqualTo("app_authors");
    assertThat(loaded.migration().getClass().getClassLoader().loadClass("com.app.Naming").getClassLoader())
        .as("the application's class comes from its own folder, not from Retort's class path")
        .isSameAs(loaded.migration().getClass().getClassLoader());
  }
}
