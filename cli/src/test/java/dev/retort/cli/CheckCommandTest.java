package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retort check} reports every problem at once, so one CI run shows all there is to fix. */
class CheckCommandTest {
  @TempDir
  Path dir;

  @Test
  void everyProblemIsListed() throws Exception {
    Path v1 = SampleEntities.compile(dir.resolve("v1"));
    Path v2 = SampleEntities.compile(dir.resolve("v2"), "@Column(name = \"stars\")\n  private Integer stars;");
    Path project = Files.createDirectories(dir.resolve("project"));
    CliRunner cli = new CliRunner(project);
    assertThat(cli.run("init").exitCode()).isZero();
    assertThat(cli.run("autogen", "--entities", "dev.retort.sample", "--classpath", v1.toString(), "-m",
        "create package index", "--rev-id", "aaaaaaaaaaa1").exitCode()).isZero();
    assertThat(cli.run("upgrade").exitCode()).isZero();
    assertThat(cli.run("revision", "-m", "pending", "--rev-id", "bbbbbbbbbbb2").exitCode()).isZero();
    Path first;
    try (Stream<Path> files = Files.list(project.resolve("migrations"))) {
      first = files.filter(f -> f.getFileName().toString().endsWith("_CreatePackageIndex.java")).findFirst()
          .orElseThrow();
    }
    Files.writeString(first, Files.readString(first).replace("public void upgrade(Ops op) {",
        "public void upgrade(Ops op) {\n    op.execute(\"SELECT 1\", \"SELECT 1\");"));

    CliRunner.Result check = cli.run("check", "--entities", "dev.retort.sample", "--classpath", v2.toString());
    assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
    assertThat(check.out().replaceAll("M\\d{8}_\\d{6}_", "M_")).isEqualTo("""
        The database is at aaaaaaaaaaa1 but the head is bbbbbbbbbbb2: run `retort upgrade head`.
        Applied migration aaaaaaaaaaa1 (M_CreatePackageIndex) changed since it ran: restore it, or run `retort\
         accept aaaaaaaaaaa1`.
        The entities differ from the database: add column packages.stars (run `retort autogen` after `retort\
         upgrade head`).
        """);
    assertThat(check.errorText()).isEmpty();
    assertThat(check.database()).startsWith("jdbc:h2:");
  }
}
