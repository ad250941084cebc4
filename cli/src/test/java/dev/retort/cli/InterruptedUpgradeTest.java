package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A migration interrupted from outside: its connection ended by the server's administrator, or its process
 * sent SIGTERM. Each is reported with the migration and the statement, and the next upgrade finishes it.
 */
class InterruptedUpgradeTest {
  private static final String FIVE = "migration five00000002 (M20261202_100002_Five)";

  @TempDir
  Path dir;

  @ParameterizedTest
  @EnumSource(value = DatabaseKind.class, names = {"POSTGRESQL", "MARIADB"})
  void aConnectionTheServerEndsIsAMigrationFailureNamingTheStatement(DatabaseKind kind) throws Exception {
    Path project = FaultProject.create(dir.resolve("project"));
    try (FaultDatabase db = FaultDatabase.create(kind, dir)) {
      CliRunner cli = new CliRunner(project);
      KilledUpgradeTest.upgrade(cli, db, FaultProject.BASE);
      db.fillBig(KilledUpgradeTest.longRows(kind));
      String[] args = db.command("upgrade", "head");

      CompletableFuture<CliRunner.Result> run = CompletableFuture.supplyAsync(() -> cli.run(args));
      ServerSessions.terminate(db, ServerSessions.awaitStatement(db, "ALTER TABLE " + db.dialect().quote("big")));
      CliRunner.Result result = run.get(2, TimeUnit.MINUTES);

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(9);
      String error = result.errorText();
      assertThat(error).startsWith("error: M" + FIVE.substring(1) + " failed at statement 2 of 5 on "
          + db.dialect().name() + ": ALTER TABLE ");
      if (kind == DatabaseKind.POSTGRESQL) {
        assertThat(error).contains("terminating connection due to administrator command")
            .contains("Rolled back; the database is still at base00000001. Rerun once the database answers again.");
      } else {
        assertThat(error).contains("The connection was lost, so whether that statement took effect is not known;"
            + " retort_version records statements 1 to 1 and that the next may have run, and the next `retort"
            + " upgrade` runs it again in a form that does nothing where it already took effect");
      }
      assertThat(error).doesNotContain("has been closed");
      KilledUpgradeTest.finishesLikeACleanRun(cli, db, dir.resolve("clean"));
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void sigtermStopsTheRunAfterTheStatementThatIsRunning(DatabaseKind kind) throws Exception {
    Path project = FaultProject.create(dir.resolve("project"));
    try (FaultDatabase db = FaultDatabase.create(kind, dir)) {
      CliRunner cli = new CliRunner(project);
      KilledUpgradeTest.upgrade(cli, db, FaultProject.BASE);
      db.fillBig(KilledUpgradeTest.longRows(kind));
      String[] args = db.command("upgrade", "head");

      String output;
      try (ChildRun child = ChildRun.cli(project, args)) {
        if (kind == DatabaseKind.H2) {
          child.awaitLine("Applying five00000002 (M20261202_100002_Five): five statements");
          Thread.sleep(100);
        } else {
          ServerSessions.awaitStatement(db, "ALTER TABLE " + db.dialect().quote("big"));
        }
        child.terminate();
        assertThat(child.exit()).as(child.output()).isEqualTo(20);
        output = child.output();
      }
      assertThat(output).contains("SIGTERM: stopping after the statement that is running (send it again to stop at"
          + " once).");
      if (kind == DatabaseKind.POSTGRESQL) {
        assertThat(output).contains("error: Stopped on request (SIGTERM) after statement 2 of 5 of " + FIVE
            + ". PostgreSQL rolled that migration back; the database stands at base00000001. Run `retort upgrade`"
            + " again to go on.");
      } else {
        // on H2 the signal may come during the first statement
        assertThat(output).containsPattern("error: Stopped on request \\(SIGTERM\\) after statement ([12]) of 5 of "
            + FIVE.replace("(", "\\(").replace(")", "\\)") + "\\. Statements 1 to \\1 ran and retort_version records"
            + " that: the next `retort upgrade` resumes at statement [23]\\.");
      }
      KilledUpgradeTest.finishesLikeACleanRun(cli, db, dir.resolve("clean"));
    }
  }
}
