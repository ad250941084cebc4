package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autogen.compare.SchemaComparator;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A real {@code upgrade} process killed with SIGKILL after each statement of a five-statement migration, and
 * during its long second statement: the next {@code retort upgrade head} finishes the migration, and the
 * schema, the version table and the rows are exactly what a clean run leaves. On PostgreSQL the kill leaves
 * nothing of the migration.
 */
class KilledUpgradeTest {
  /** Enough rows that rewriting them takes a second or more, so a kill lands while the statement runs. */
  static int longRows(DatabaseKind kind) {
    // H2 writes its file slowly: fewer rows take as long
    return kind == DatabaseKind.H2 ? 300_000 : 1_000_000;
  }

  @TempDir
  Path dir;

  static Stream<Arguments> everyStatement() {
    return Stream.of(DatabaseKind.values()).flatMap(kind -> IntStream.rangeClosed(1, 5)
        .mapToObj(after -> Arguments.of(kind, after)));
  }

  @ParameterizedTest(name = "{0}, killed after statement {1}")
  @MethodSource("everyStatement")
  void killedAfterAnyStatementTheNextUpgradeFinishesTheMigration(DatabaseKind kind, int after) throws Exception {
    Path project = FaultProject.create(dir.resolve("project"));
    try (FaultDatabase db = FaultDatabase.create(kind, dir)) {
      CliRunner cli = new CliRunner(project);
      upgrade(cli, db, FaultProject.BASE);
      db.fillBig(1000);
      SchemaModel before = db.introspect();

      try (ChildRun child = ChildRun.start(project, db, after)) {
        child.awaitLine("paused");
        assertThat(child.kill()).as("killed by SIGKILL").isEqualTo(137);
      }
      if (kind == DatabaseKind.POSTGRESQL) {
        assertThat(db.introspect()).as("nothing of the migration is left").isEqualTo(before);
        assertThat(db.versionRows()).hasSize(1).allMatch(row -> row.startsWith(FaultProject.BASE));
      } else {
        // after the last statement, the completed row would be the next record
        int recorded = Math.min(after, 4);
        // H2 writes its file up to a second after a commit (WRITE_DELAY): a kill can lose the last records,
        // and the file is as it was at an earlier commit
        String progress = db.versionRows().stream().filter(row -> row.startsWith(FaultProject.FIVE)).findFirst()
            .map(row -> row.substring(row.lastIndexOf(' ') + 1)).orElse("none");
        if (kind == DatabaseKind.MARIADB) {
          assertThat(progress).as("the progress of the killed run").startsWith(recorded + "+:");
        } else {
          assertThat(progress).as("the progress of the killed run").matches("[0-" + recorded + "]\\+:.*|none");
        }
      }
      finishesLikeACleanRun(cli, db);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void killedDuringALongStatementTheNextUpgradeFinishesTheMigration(DatabaseKind kind) throws Exception {
    Path project = FaultProject.create(dir.resolve("project"));
    try (FaultDatabase db = FaultDatabase.create(kind, dir)) {
      CliRunner cli = new CliRunner(project);
      upgrade(cli, db, FaultProject.BASE);
      db.fillBig(longRows(kind));

      try (ChildRun child = ChildRun.start(project, db, 0)) {
        child.awaitLine("done 1");
        if (kind == DatabaseKind.H2) {
          Thread.sleep(100);
        } else {
          ServerSessions.awaitStatement(db, "ALTER TABLE " + db.dialect().quote("big"));
        }
        assertThat(child.output()).as("statement 2 still runs when the kill comes").doesNotContain("done 2");
        assertThat(child.kill()).isEqualTo(137);
      }
      finishesLikeACleanRun(cli, db);
    }
  }

  private void finishesLikeACleanRun(CliRunner cli, FaultDatabase db) throws Exception {
    finishesLikeACleanRun(cli, db, dir.resolve("clean"));
  }

  /** The next upgrade finishes the migration; the result is what an uninterrupted run leaves. */
  static void finishesLikeACleanRun(CliRunner cli, FaultDatabase db, Path cleanFolder) throws Exception {
    CliRunner.Result resumed = upgrade(cli, db, "head");
    assertThat(resumed.out()).contains("Applying " + FaultProject.FIVE);
    try (FaultDatabase clean = FaultDatabase.create(db.kind(), cleanFolder)) {
      upgrade(cli, clean, "head");
      SchemaModel expected = clean.introspect();
      SchemaModel actual = db.introspect();
      assertThat(new SchemaComparator(db.dialect()).compare(expected, actual).upgrade()).isEmpty();
      assertThat(actual.tables()).isEqualTo(expected.tables());
      assertThat(db.versionRows()).isEqualTo(clean.versionRows());
      assertThat(db.count("items")).as("the inserted row, inserted once").isEqualTo(1);
    }
  }

  static CliRunner.Result upgrade(CliRunner cli, FaultDatabase db, String target) {
    CliRunner.Result result = cli.run(db.command("upgrade", target));
    assertThat(result.exitCode()).as(result.toString()).isZero();
    return result;
  }
}
