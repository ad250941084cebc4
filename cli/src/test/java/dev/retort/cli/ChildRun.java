package dev.retort.cli;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A child JVM running {@link UpgradeChild} or the CLI, its output going to a file read as it grows. */
final class ChildRun implements AutoCloseable {
  private static final long WAIT_MILLIS = 60_000;

  private final Process process;
  private final Path log;

  private ChildRun(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** {@link UpgradeChild} against {@code db}, pausing after statement {@code pauseAfter} of the last migration. */
  static ChildRun start(Path project, FaultDatabase db, int pauseAfter) throws IOException {
    return java(project, UpgradeChild.class.getName(), db.url(), db.user(), db.password(), project.toString(),
        String.valueOf(pauseAfter));
  }

  /** The CLI itself, as a user runs it. */
  static ChildRun cli(Path project, String... args) throws IOException {
    List<String> all = new ArrayList<>();
    all.add(RetortCommand.class.getName());
    all.addAll(List.of(args));
    return java(project, all.toArray(String[]::new));
  }

  private static ChildRun java(Path workingDir, String... mainAndArgs) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path")));
    command.addAll(List.of(mainAndArgs));
    Path log = Files.createTempFile(workingDir, "child", ".log");
    Process process = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    return new ChildRun(process, log);
  }

  String output() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void awaitLine(String line) throws InterruptedException {
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    while (!output().lines().anyMatch(line::equals)) {
      if (!process.isAlive()) {
        fail("the child ended with exit " + process.exitValue() + " before printing '" + line + "':\n" + output());
      }
      if (System.currentTimeMillis() > deadline) {
        fail("no '" + line + "' from the child within a minute:\n" + output());
      }
      Thread.sleep(20);
    }
  }

  /** Kills it with SIGKILL, as {@code kill -9} does; returns its exit status. */
  int kill() throws InterruptedException {
    process.destroyForcibly();
    return exit();
  }

  /** Sends SIGTERM, as {@code kill} does. */
  void terminate() {
    process.destroy();
  }

  int exit() throws InterruptedException {
    if (!process.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
      fail("the child did not end within a minute:\n" + output());
    }
    return process.exitValue();
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
