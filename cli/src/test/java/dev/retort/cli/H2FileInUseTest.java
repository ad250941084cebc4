package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedded H2 file belongs to one process. While another process has it open, a command waits for it up to
 * --lock-timeout, as it waits for another run's lock on a server, instead of failing at once with H2's
 * "Database may be already in use". The other process is a real one: in one JVM, H2 shares the file.
 */
class H2FileInUseTest {
  private static final Duration SLACK = Duration.ofSeconds(8);

  @TempDir
  Path dir;

  /** Starts a JVM holding the database open for {@code millis}; returns once it has it open. */
  private Process holding(String url, long millis) throws Exception {
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), HoldsH2File.class.getName(), url, String.valueOf(millis))
        .redirectErrorStream(true)
        .start();
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    assertThat(line).as("the holding process's first line").isEqualTo("open");
    return process;
  }

  @Test
  void aCommandWaitsForTheProcessThatHasTheFileOpen() throws Exception {
    Files.createDirectories(dir.resolve("migrations"));
    String url = "jdbc:h2:file:" + dir.resolve("db");
    Process other = holding(url, 3000);
    try {
      long start = System.nanoTime();
      CliRunner.Result current = new CliRunner(dir).run("current", "--url", url);
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(current.exitCode()).as(current.toString()).isZero();
      assertThat(current.out()).isEqualTo("base (no revision applied)\n");
      // it got the file only once the other process let go of it
      assertThat(other.waitFor(0, TimeUnit.SECONDS)).isTrue();
      assertThat(took).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(3).plus(SLACK));
    } finally {
      other.destroyForcibly();
    }
  }

  @Test
  void aCommandGivesUpAfterTheLockTimeoutNamingIt() throws Exception {
    Files.createDirectories(dir.resolve("migrations"));
    String url = "jdbc:h2:file:" + dir.resolve("db");
    Process other = holding(url, 60_000);
    try {
      long start = System.nanoTime();
      CliRunner.Result upgrade = new CliRunner(dir).run("upgrade", "--url", url, "--lock-timeout", "1");
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(upgrade.exitCode()).as(upgrade.toString()).isEqualTo(19);
      assertThat(upgrade.errorText()).isEqualTo("error: The H2 database " + url + " is open in another process"
          + " (an application, the H2 console, another Retort run: an embedded H2 file belongs to one process at"
          + " a time), and it stayed open for more than 1 s (--lock-timeout). Nothing was changed. Let that"
          + " process finish or stop it, then rerun; or raise --lock-timeout.\n");
      assertThat(took).isBetween(Duration.ofMillis(900), Duration.ofSeconds(1).plus(SLACK));
      assertThat(other.isAlive()).isTrue();
    } finally {
      other.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
