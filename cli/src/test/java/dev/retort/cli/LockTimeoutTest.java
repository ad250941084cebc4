package dev.retort.cli;

import static dev.retort.cli.ScenarioSupport.args;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code --lock-timeout 0} does not wait for a lock another run holds, given before the command or after it. */
class LockTimeoutTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @EnumSource(value = DatabaseKind.class, names = {"POSTGRESQL", "MARIADB"})
  void zeroStopsAtOnceWhenTheLockIsHeld(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Files.createDirectories(dir.resolve("migrations"));
      Files.writeString(dir.resolve("migrations/Authors.java"), ExitCodeTest.migration("Authors", "authors00001",
          "", "op.createTable(\"authors\", column(\"id\", bigint()).notNull(), primaryKey(\"id\"));",
          "op.dropTable(\"authors\", column(\"id\", bigint()).notNull(), primaryKey(\"id\"));"));
      CliRunner cli = new CliRunner(dir);
      String[] database = {"--url", db.url(), "--user", db.user(), "--password", db.password()};
      try (Connection holder = db.connect(); Statement statement = holder.createStatement();
          ResultSet held = statement.executeQuery(kind == DatabaseKind.POSTGRESQL
              ? "SELECT pg_try_advisory_lock(" + 0x5245544f5254L + ")"
              : "SELECT GET_LOCK(CONCAT('retort.', DATABASE()), 0)")) {
        assertThat(held.next()).isTrue();
        assertThat(held.getBoolean(1)).isTrue();
        for (String[] command : new String[][] {args(database, "upgrade", "--lock-timeout", "0"),
            args(args(database, "upgrade"), "--lock-timeout", "0")}) {
          long start = System.nanoTime();
          CliRunner.Result result = cli.run(command);
          assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
          assertThat(result.exitCode()).as(result.toString()).isEqualTo(19);
          assertThat(result.errorText()).isEqualTo("error: Another Retort run holds the migration lock on "
              + db.url() + ", and the lock timeout of 0 s says not to wait for it. Nothing was changed. Let it"
              + " finish and rerun (the lock goes away with that run's connection, even if it is killed), or"
              + " raise --lock-timeout.\n");
        }
      }
      CliRunner.Result free = cli.run(args(database, "upgrade", "--lock-timeout", "0"));
      assertThat(free.exitCode()).as(free.toString()).isZero();
    }
  }
}
