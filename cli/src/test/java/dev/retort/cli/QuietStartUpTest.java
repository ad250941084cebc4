package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's own process silences Hibernate's start-up log, which only --verbose shows. */
class QuietStartUpTest {
  @TempDir
  Path dir;

  @Test
  void hibernateLogsOnlyWithVerbose() throws Exception {
    Path entities = SampleEntities.compile(dir.resolve("entities"));

    String quiet = autogen(project("quiet"), entities);
    String verbose = autogen(project("verbose"), entities, "--verbose");

    assertThat(quiet).doesNotContain("org.hibernate").contains("Wrote ");
    assertThat(verbose).as("the check above can see Hibernate's log").contains("org.hibernate");
  }

  private Path project(String name) throws Exception {
    Path project = Files.createDirectories(dir.resolve(name));
    assertThat(new CliRunner(project).run("init").exitCode()).isZero();
    return project;
  }

  private static String autogen(Path project, Path entities, String... more) throws Exception {
    String[] args = {"autogen", "--entities", SampleEntities.PACKAGE, "--classpath", entities.toString(), "-m",
        "create package index"};
    String[] all = new String[args.length + more.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    try (ChildRun child = ChildRun.cli(project, all)) {
      assertThat(child.exit()).as(child.output()).isZero();
      return child.output();
    }
  }
}
