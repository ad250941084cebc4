package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.testing.JavaSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiled migrations live in the project's own .retort/cache and may use the application's classes. */
class MigrationCacheScenarioTest {
  @TempDir
  Path dir;

  @Test
  void migrationsCompileAgainstTheClassPathAndAnUnsafeCacheIsRefused() throws Exception {
    Path project = Files.createDirectories(dir.resolve("project"));
    JavaSources.compile(project.resolve("app/classes"), Map.of("com.app.Naming", """
        package com.app;

        public final class Naming {
          private Naming() {}

          public static String table(String entity) {
            return "app_" + entity;
          }
        }
        """));
    CliRunner cli = new CliRunner(project);
    assertThat(cli.run("init").exitCode()).isZero();
    Path properties = project.resolve("retort.properties");
    Files.writeString(properties, Files.readString(properties).replace("# classpath=target/classes",
        "classpath=app/classes"));
    Files.writeString(project.resolve("migrations/CreateAuthors.java"), ExitCodeTest.migration("CreateAuthors",
        "authors00001", "", "op.createTable(com.app.Naming.table(\"authors\"), column(\"id\", bigint()));",
        "op.dropTable(com.app.Naming.table(\"authors\"), column(\"id\", bigint()));"));

    CliRunner.Result upgrade = cli.run("upgrade");
    assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
    assertThat(cli.run("show", "authors00001").out()).contains("Upgrade:\n  create table app_authors\n");
    assertThat(project.resolve(".retort/cache")).isDirectory();

    Assumptions.assumeTrue(project.getFileSystem().supportedFileAttributeViews().contains("posix"),
        "SKIPPED: permissions are checked on POSIX file systems only");
    Path cache = project.resolve(".retort/cache");
    Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));
    CliRunner.Result refused = cli.run("current");
    assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(17);
    assertThat(refused.errorText()).isEqualTo("error: The migration cache folder " + cache + " can be written by every"
        + " user (rwxrwxrwx), so others could put classes there for Retort to run. Retort loads compiled"
        + " migrations from there, so it refuses to use it; no migration ran. To go on, make it yours alone with"
        + " `chmod 700 " + cache + "`, or remove it (Retort makes it again).\n");
  }
}
