package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exit 1 belongs to {@code check}: every other command fails with the code of its failure, also when a
 * migration's own code throws an {@link Error}, which picocli would let escape.
 */
class ExitCodeTest {
  @TempDir
  Path dir;

  private static final String CREATE_AUTHORS = """
      op.createTable("authors", column("id", bigint()).notNull(), primaryKey("id"));""";
  private static final String DROP_AUTHORS = """
      op.dropTable("authors", column("id", bigint()).notNull(), primaryKey("id"));""";

  static String migration(String className, String id, String parents, String upgrade, String downgrade) {
    return """
        package migrations;

        import static dev.retort.engine.migration.Dsl.*;

        import dev.retort.engine.migration.Migration;
        import dev.retort.engine.migration.Ops;
        import dev.retort.engine.migration.Revision;

        @Revision(id = "%s", parents = {%s}, message = "%s")
        public final class %s implements Migration {
          @Override
          public void upgrade(Ops op) {
            %s
          }

          @Override
          public void downgrade(Ops op) {
            %s
          }
        }
        """.formatted(id, parents, className, className, upgrade, downgrade);
  }

  /** What a case sets up in the project before the command runs. */
  interface Setup {
    void prepare(Path project, CliRunner cli) throws Exception;
  }

  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of("init", (Setup) (project, cli) -> Files.writeString(project.resolve("migrations"), "a file"),
            new String[] {"init"}, 17, "error: Cannot write in "),
        Arguments.of("autogen", (Setup) (project, cli) -> authors(project, cli, false),
            new String[] {"autogen", "--entities", "dev.retort.sample"}, 8, "error: The database is at base"),
        Arguments.of("revision", (Setup) (project, cli) -> init(cli),
            new String[] {"revision", "-m", "x", "--rev-id", "not an id"}, 2, "error: --rev-id 'not an id'"),
        Arguments.of("upgrade", (Setup) (project, cli) -> {
          init(cli);
          write(project, "Asserts", migration("Asserts", "assert000001", "", """
              op.run("check the authors", connection -> { throw new AssertionError("no authors to check"); });""",
              "op.run(\"nothing\", connection -> { });"));
        }, new String[] {"upgrade"}, 9, "error: Migration assert000001 (Asserts) failed at statement 1 of 1"),
        Arguments.of("upgrade, recording", (Setup) (project, cli) -> {
          init(cli);
          write(project, "Throws", migration("Throws", "throws000001", "",
              "throw new StackOverflowError(\"deep\");", DROP_AUTHORS));
        }, new String[] {"upgrade"}, 9, "error: Migration throws000001 (Throws) failed while recording its"
            + " operations: migrations.Throws.upgrade() threw java.lang.StackOverflowError: deep. None of its"
            + " statements ran."),
        Arguments.of("downgrade", (Setup) (project, cli) -> {
          authors(project, cli, true);
          write(project, "Authors", migration("Authors", "authors00001", "", CREATE_AUTHORS,
              DROP_AUTHORS.replace("authors", "writers")));
        }, new String[] {"downgrade", "base"}, 18, "error: Applied migration(s) authors00001 (Authors) changed"),
        Arguments.of("current", (Setup) (project, cli) -> {
          init(cli);
          write(project, "Broken", migration("Broken", "broken000001", "", CREATE_AUTHORS, DROP_AUTHORS)
              .replace("implements Migration {", "implements Migration {\n  static final int N = Integer"
                  + ".parseInt(\"many\");"));
        }, new String[] {"current"}, 12, "error: A compiled migration cannot be loaded"),
        Arguments.of("history", (Setup) (project, cli) -> authors(project, cli, false),
            new String[] {"history", "-r", "nowhere:"}, 10, "error: "),
        Arguments.of("heads", (Setup) (project, cli) -> {
          init(cli);
          write(project, "Orphan", migration("Orphan", "orphan000001", "\"missing00001\"", CREATE_AUTHORS,
              DROP_AUTHORS));
        }, new String[] {"heads"}, 13, "error: "),
        Arguments.of("branches", (Setup) (project, cli) -> {
          authors(project, cli, false);
          write(project, "Again", migration("Again", "authors00001", "", CREATE_AUTHORS, DROP_AUTHORS));
        }, new String[] {"branches"}, 13, "error: "),
        Arguments.of("show", (Setup) (project, cli) -> init(cli),
            new String[] {"show", "head"}, 10, "error: There is no head to show: "),
        Arguments.of("stamp", (Setup) (project, cli) -> authors(project, cli, false),
            new String[] {"stamp", "nowhere"}, 10, "error: "),
        Arguments.of("merge", (Setup) (project, cli) -> authors(project, cli, false),
            new String[] {"merge", "-m", "join"}, 2, "error: A merge joins two or more revisions"),
        Arguments.of("accept", (Setup) (project, cli) -> authors(project, cli, false),
            new String[] {"accept", "authors00001"}, 10, "error: Revision authors00001 is not applied"),
        // check's 1 means "out of step", so a check that cannot look says why
        Arguments.of("check", (Setup) (project, cli) -> authors(project, cli, false),
            new String[] {"check", "--url", "jdbc:postgresql://127.0.0.1:1/nowhere"}, 5,
            "error: Cannot reach the database at jdbc:postgresql://127.0.0.1:1/nowhere"),
        Arguments.of("drift of a revision no migration defines", (Setup) (project, cli) -> {
          authors(project, cli, true);
          Files.delete(project.resolve("migrations/Authors.java"));
        }, new String[] {"drift"}, 10, "error: The database records revision(s) authors00001 as applied, but no"
            + " migration defines them, so the schema they built is unknown. Nothing was done. Restore the missing"
            + " migration source, or point --migrations at the folder that has it."),
        Arguments.of("drift", (Setup) (project, cli) -> authors(project, cli, false),
            new String[] {"drift", "--url", "jdbc:postgresql://127.0.0.1:1/nowhere"}, 5,
            "error: Cannot reach the database at jdbc:postgresql://127.0.0.1:1/nowhere"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void aFailureEndsInItsOwnCode(String command, Setup setup, String[] args, int exitCode, String errorStart)
      throws Exception {
    Path project = Files.createDirectories(dir.resolve("project"));
    CliRunner cli = new CliRunner(project);
    setup.prepare(project, cli);
    CliRunner.Result result = cli.run(args);
    assertThat(result.exitCode()).as(result.toString()).isEqualTo(exitCode);
    assertThat(result.errorText()).startsWith(errorStart);
  }

  private static void init(CliRunner cli) {
    assertThat(cli.run("init").exitCode()).isZero();
  }

  private static void authors(Path project, CliRunner cli, boolean applied) throws Exception {
    init(cli);
    write(project, "Authors", migration("Authors", "authors00001", "", CREATE_AUTHORS, DROP_AUTHORS));
    if (applied) {
      CliRunner.Result upgrade = cli.run("upgrade");
      assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
    }
  }

  private static void write(Path project, String className, String source) throws Exception {
    Files.writeString(project.resolve("migrations/" + className + ".java"), source);
  }
}
