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
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Migrations are recorded ahead of the run on a second thread; their code still runs once, failing or not. */
class PreloadTest {
  static final AtomicInteger recorded = new AtomicInteger();
  static final AtomicInteger failed = new AtomicInteger();

  @Revision(id = "ffff00000001", message = "create tags")
  public static final class CreateTags implements Migration {
    @Override
    public void upgrade(Ops op) {
      recorded.incrementAndGet();
      op.createTable("tags", column("id", bigint()).notNull(), primaryKey("id"));
    }

    @Override
    public void downgrade(Ops op) {
      op.dropTable("tags", column("id", bigint()).notNull(), primaryKey("id"));
    }
  }

  @Revision(id = "ffff00000002", parents = "ffff00000001", message = "throws")
  public static final class Throws implements Migration {
    @Override
    public void upgrade(Ops op) {
      failed.incrementAndGet();
      throw new IllegalStateException("no such file: seed.csv");
    }

    @Override
    public void downgrade(Ops op) {
    }
  }

  @Revision(id = "ffff00000003", parents = "ffff00000002", message = "create labels")
  public static final class CreateLabels implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.createTable("labels", column("id", bigint()).notNull(), primaryKey("id"));
    }

    @Override
    public void downgrade(Ops op) {
      op.dropTable("labels", column("id", bigint()).notNull(), primaryKey("id"));
    }
  }

  @Revision(id = "ffff00000004", parents = "ffff00000003", message = "throws too")
  public static final class ThrowsToo implements Migration {
    @Override
    public void upgrade(Ops op) {
      throw new IllegalStateException("no such file: more.csv");
    }

    @Override
    public void downgrade(Ops op) {
    }
  }

  private static Migrator migrator(TestDatabase db, Class<?>... classes) {
    return new Migrator(new Connector(new ConnectionSettings(db.url(), db.user(), db.password())),
        Dialects.forJdbcUrl(db.url()), new MigrationSet(MigrationClasses.load(List.of(classes))));
  }

  @Test
  void aMigrationsCodeRunsOnceAndItsFailureIsTheRunsOwn() throws Exception {
    recorded.set(0);
    failed.set(0);
    try (TestDatabase db = TestDatabase.create(DatabaseKind.H2)) {
      Migrator migrator = migrator(db, CreateTags.class, Throws.class);
      assertThatThrownBy(() -> migrator.upgrade("head", step -> { }))
          .isInstanceOf(MigrationFailedException.class)
          .hasMessage("Migration ffff00000002 (PreloadTest$Throws) failed while recording its operations: "
              + Throws.class.getName() + ".upgrade() threw java.lang.IllegalStateException: no such file: seed.csv."
              + " None of its statements ran. Fix the class and rerun; `retort current` shows where the database"
              + " stands.");
      assertThat(failed).as("the failing upgrade() ran once").hasValue(1);
      assertThat(recorded).hasValue(1);
      assertThat(migrator.current()).as("nothing ran: every migration is recorded before the first statement")
          .isEmpty();
    }
  }

  @Test
  void ofTwoFailingMigrationsTheFirstIsReportedThoughThePreloadStartsFromTheLast() throws Exception {
    try (TestDatabase db = TestDatabase.create(DatabaseKind.H2)) {
      Migrator migrator = migrator(db, CreateTags.class, Throws.class, CreateLabels.class, ThrowsToo.class);
      assertThatThrownBy(() -> migrator.upgrade("head", step -> { }))
          .isInstanceOf(MigrationFailedException.class)
          .hasMessageStartingWith("Migration ffff00000002 (PreloadTest$Throws) failed while recording");
      assertThat(migrator.current()).isEmpty();
    }
  }
}
