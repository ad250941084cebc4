package dev.retort.engine.runtime;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.primaryKey;
import static dev.retort.engine.migration.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.migration.Migration;
import dev.retort.engine.migration.Ops;
import dev.retort.engine.migration.Revision;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Checksums, stamping and the migration lock. */
class SafetyTest {

  /** The same revision as {@link MigratorTest.CreateAuthors}, edited after it ran. */
  @Revision(id = "aaaa00000001", message = "create authors")
  public static final class CreateAuthorsEdited implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.createTable("authors", column("id", bigint()).identity(), column("name", varchar(200)).notNull(),
          primaryKey("id"));
    }

    @Override
    public void downgrade(Ops op) {
      op.dropTable("authors", column("id", bigint()).identity(), column("name", varchar(200)).notNull(),
          primaryKey("id"));
    }
  }

  private static Migrator migrator(TestDatabase db, Class<?>... classes) {
    return new Migrator(new Connector(new ConnectionSettings(db.url(), db.user(), db.password())),
        Dialects.forJdbcUrl(db.url()), new MigrationSet(MigrationClasses.load(List.of(classes))));
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void anEditedAppliedMigrationStopsTheUpgradeUntilAccepted(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      migrator(db, MigratorTest.CreateAuthors.class).upgrade("head", step -> { });
      Migrator edited = migrator(db, CreateAuthorsEdited.class, MigratorTest.CreateBooks.class);
      assertThat(edited.changedSinceApplied()).containsExactly("aaaa00000001");
      assertThatThrownBy(() -> edited.upgrade("head", step -> { }))
          .isInstanceOf(ChecksumMismatchException.class)
          .hasMessage("Applied migration(s) aaaa00000001 (SafetyTest$CreateAuthorsEdited) changed since they ran:"
              + " their operations differ from what the database recorded. Nothing was changed. Restore them as"
              + " they were applied, or, if the change is deliberate and the database already matches it, run"
              + " `retort accept aaaa00000001` to record the new checksums.");
      assertThat(edited.current()).containsExactly("aaaa00000001");
      assertThat(edited.accept(List.of("aaaa"))).containsExactly("aaaa00000001");
      assertThat(edited.changedSinceApplied()).isEmpty();
      assertThat(edited.upgrade("head", step -> { }).current()).containsExactly("bbbb00000002");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void stampRecordsWithoutRunning(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Migrator migrator = migrator(db, MigratorTest.CreateAuthors.class, MigratorTest.CreateBooks.class);
      migrator.upgrade("aaaa", step -> { });
      StampResult stamped = migrator.stamp("head", false);
      assertThat(stamped.recorded()).containsExactly("bbbb00000002");
      assertThat(stamped.current()).containsExactly("bbbb00000002");
      assertThat(migrator.upgrade("head", step -> { }).steps()).isEmpty();
      StampResult back = migrator.stamp("base", false);
      assertThat(back.removed()).containsExactly("bbbb00000002", "aaaa00000001");
      assertThat(migrator.applied()).isEmpty();
      db.execute("INSERT INTO " + Dialects.forJdbcUrl(db.url()).quote("retort_version")
          + " VALUES ('ffff', 'x', NULL, CURRENT_TIMESTAMP, NULL)");
      assertThatThrownBy(() -> migrator.stamp("head", false)).extracting(e -> ((RetortException) e).code())
          .isEqualTo(ErrorCode.UNKNOWN_REVISION);
      assertThat(migrator.stamp("head", true).recorded()).containsExactly("aaaa00000001", "bbbb00000002");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void concurrentUpgradesRunEachMigrationOnce(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Callable<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          runs.add(() -> migrator(db, MigratorTest.CreateAuthors.class, MigratorTest.CreateBooks.class)
              .upgrade("head", step -> { }).steps().size());
        }
        int applied = 0;
        for (Future<Integer> run : pool.invokeAll(runs)) {
          applied += run.get();
        }
        assertThat(applied).isEqualTo(2);
      } finally {
        pool.shutdownNow();
      }
      assertThat(migrator(db, MigratorTest.CreateAuthors.class, MigratorTest.CreateBooks.class).applied())
          .hasSize(2);
    }
  }

  @ParameterizedTest
  @EnumSource(value = DatabaseKind.class, names = {"POSTGRESQL", "MARIADB"})
  void aHeldLockTimesOutWithAClearMessageAndDiesWithItsConnection(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      MigrationLock lock = MigrationLock.forDialect(Dialects.forJdbcUrl(db.url()), db.url());
      Migrator impatient = migrator(db, MigratorTest.CreateAuthors.class).withLockTimeout(Duration.ofSeconds(1));
      try (Connection holder = db.connect()) {
        assertThat(lock.acquire(holder, Duration.ofSeconds(1))).isTrue();
        assertThatThrownBy(() -> impatient.upgrade("head", step -> { }))
            .isInstanceOf(RetortException.class)
            .hasMessageStartingWith("Another Retort run has held the migration lock on " + db.url())
            .extracting(e -> ((RetortException) e).code()).isEqualTo(ErrorCode.LOCK_TIMEOUT);
      }
      // the holder's connection closed without releasing: the server dropped the lock
      assertThat(impatient.upgrade("head", step -> { }).steps()).hasSize(1);
    }
  }
}
