package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command that connects names the database first, on standard error; one that does not connect, nothing. */
class DatabaseLineTest {
  @TempDir
  Path dir;

  @Test
  void theTargetIsNamedFirstWithoutItsPassword() throws Exception {
    Files.createDirectories(dir.resolve("migrations"));
    String url = "jdbc:h2:file:" + dir.resolve("app") + ";PASSWORD=s3cret";
    CliRunner.Result current = new CliRunner(dir).run("current", "--url", url, "--user", "sa", "--password", "");
    assertThat(current.err()).startsWith("Database: jdbc:h2:file:" + dir.resolve("app") + ";PASSWORD=*** (user sa)\n");
    assertThat(current.out()).doesNotContain("Database:");
  }

  @Test
  void anOfflineScriptNamesNoDatabase() throws Exception {
    Files.createDirectories(dir.resolve("migrations"));
    CliRunner.Result script = new CliRunner(dir).run("upgrade", "--sql", "head", "--dialect", "postgresql");
    assertThat(script.exitCode()).as(script.toString()).isZero();
    assertThat(script.err()).doesNotContain("Database:");
    assertThat(script.out()).doesNotContain("Database:");
  }
}
