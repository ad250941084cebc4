package dev.retort.engine.runtime;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.primaryKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.migration.Migration;
import dev.retort.engine.migration.Ops;
import dev.retort.engine.migration.Revision;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every run checks what it runs: downgrades verify checksums, and a migration's own code failing is its
 * failure.
 */
class CheckedRunsTest {

  /** {@link MigratorTest.CreateAuthors} after an edit to its downgrade. */
  @Revision(id = "aaaa00000001", message = "create authors")
  public static final class CreateAuthorsWithEditedDowngrade implements Migration {
    @Override
    public void upgrade(Ops op) {
      new MigratorTest.CreateAuthors().upgrade(op);
    }

    @Override
    public void downgrade(Ops op) {
      op.dropTable("writers", column("id", bigint()), primaryKey("id"));
    }
  }

  @Revision(id = "bbbb00000002", parents = "aaaa00000001", message = "needs configuration")
  public static final class UpgradeThrows implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.createTable("shelves", column("id", bigint()), primaryKey("id"));
      throw new IllegalStateException("no shelf size configured");
    }

    @Override
    public void downgrade(Ops op) {
      op.dropTable("shelves", column("id", bigint()), primaryKey("id"));
    }
  }

  @Revision(id = "bbbb00000002", parents = "aaaa00000001", message = "one way")
  public static final class DowngradeThrows implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.createTable("shelves", column("id", bigint()), primaryKey("id"));
    }

    @Override
    public void downgrade(Ops op) {
      throw new AssertionError("not reversible by design");
    }
  }

  private static Migrator migrator(TestDatabase db, Class<?>... classes) {
    return new Migrator(new Connector(new ConnectionSettings(db.url(), db.user(), db.password())),
        Dialects.forJdbcUrl(db.url()), new MigrationSet(MigrationClasses.load(List.of(classes))));
  }

  private static String quoted(TestDatabase db, String table) {
    return Dialects.forJdbcUrl(db.url()).quote(table);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aDowngradeRefusesAnEditedMigrationUntilAccepted(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      migrator(db, MigratorTest.CreateAuthors.class).upgrade("head", step -> { });
      Migrator edited = migrator(db, CreateAuthorsWithEditedDowngrade.class);
      assertThatThrownBy(() -> edited.downgrade("base", step -> { }))
          .isInstanceOf(ChecksumMismatchException.class)
          .hasMessage("Applied migration(s) aaaa00000001 (CheckedRunsTest$CreateAuthorsWithEditedDowngrade)"
              + " changed since they ran: their operations differ from what the database recorded. Nothing was"
              + " changed. Restore them as they were applied, or, if the change is deliberate and the database"
              + " already matches it, run `retort accept aaaa00000001` to record the new checksums.");
      assertThat(edited.current()).containsExactly("aaaa00000001");
      db.execute("SELECT COUNT(*) FROM " + quoted(db, "authors"));

      Migrator original = migrator(db, MigratorTest.CreateAuthors.class);
      assertThat(original.downgrade("base", step -> { }).current()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aMigrationWhoseCodeThrowsIsAMigrationFailureBeforeAnyStatement(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      migrator(db, MigratorTest.CreateAuthors.class).upgrade("head", step -> { });
      Migrator upgradeThrows = migrator(db, MigratorTest.CreateAuthors.class, UpgradeThrows.class);
      assertThatThrownBy(() -> upgradeThrows.upgrade("head", step -> { }))
          .isInstanceOf(MigrationFailedException.class)
          .hasMessage("Migration bbbb00000002 (CheckedRunsTest$UpgradeThrows) failed while recording its"
              + " operations: dev.retort.engine.runtime.CheckedRunsTest$UpgradeThrows.upgrade() threw"
              + " java.lang.IllegalStateException: no shelf size configured. None of its statements ran. Fix the"
              + " class and rerun; `retort current` shows where the database stands.")
          .hasCauseInstanceOf(IllegalStateException.class);

      Migrator downgradeThrows = migrator(db, MigratorTest.CreateAuthors.class, DowngradeThrows.class);
      assertThatThrownBy(() -> downgradeThrows.upgrade("head", step -> { }))
          .isInstanceOf(MigrationFailedException.class)
          .hasMessage("Migration bbbb00000002 (CheckedRunsTest$DowngradeThrows) failed while recording its"
              + " operations: dev.retort.engine.runtime.CheckedRunsTest$DowngradeThrows.downgrade() threw"
              + " java.lang.AssertionError: not reversible by design. None of its statements ran. Fix the class"
              + " and rerun; `retort current` shows where the database stands.")
          .hasCauseInstanceOf(AssertionError.class);
      assertThat(downgradeThrows.current()).containsExactly("aaaa00000001");
      assertThatThrownBy(() -> db.execute("SELECT COUNT(*) FROM " + quoted(db, "shelves"))).as("nothing of it ran")
          .isInstanceOf(SQLException.class);
    }
  }
}
