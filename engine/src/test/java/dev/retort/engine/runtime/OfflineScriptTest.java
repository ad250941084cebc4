package dev.retort.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.Golden;
import dev.retort.engine.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Offline scripts: golden per dialect, and running one leaves what the online run leaves. */
class OfflineScriptTest {
  private static final MigrationSet MIGRATIONS = new MigrationSet(MigrationClasses.load(
      List.of(MigratorTest.CreateAuthors.class, MigratorTest.CreateBooks.class)));

  private static SqlDialect dialect(DatabaseKind kind) {
    return Dialects.forName(kind.name());
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void scriptsMatchTheGoldenFiles(DatabaseKind kind) {
    OfflineScript script = new OfflineScript(dialect(kind), MIGRATIONS);
    String name = kind.name().toLowerCase(Locale.ROOT);
    Golden.assertMatches("offline/" + name + "-upgrade.sql", script.upgrade("base", "head"));
    Golden.assertMatches("offline/" + name + "-upgrade-from-first.sql", script.upgrade("aaaa", "head"));
    Golden.assertMatches("offline/" + name + "-downgrade.sql", script.downgrade("head", "base"));
    assertThat(script.upgrade("head", "head")).doesNotContain("CREATE");
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void runningTheScriptRecordsWhatTheOnlineRunRecords(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      String upgrade = new OfflineScript(dialect(kind), MIGRATIONS).upgrade("base", "head");
      runScript(db, upgrade);
      Migrator migrator = new Migrator(new Connector(new ConnectionSettings(db.url(), db.user(), db.password())),
          dialect(kind), MIGRATIONS);
      assertThat(migrator.current()).containsExactly("bbbb00000002");
      assertThat(migrator.changedSinceApplied()).isEmpty();
      runScript(db, new OfflineScript(dialect(kind), MIGRATIONS).downgrade("head", "base"));
      assertThat(migrator.applied()).isEmpty();
    }
  }

  /** Statements end with ";" at the end of a line; comments start with "--". */
  private static void runScript(TestDatabase db, String script) throws Exception {
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      StringBuilder statement = new StringBuilder();
      for (String line : script.split("\n")) {
        if (line.startsWith("--") || line.isBlank()) {
          continue;
        }
        statement.append(line).append('\n');
        if (line.endsWith(";")) {
          String sql = statement.substring(0, statement.length() - 2);
          statement.setLength(0);
          if (sql.equals("BEGIN")) {
            c.setAutoCommit(false);
          } else if (sql.equals("COMMIT")) {
            c.commit();
            c.setAutoCommit(true);
          } else {
            s.execute(sql);
          }
        }
      }
    }
  }
}
