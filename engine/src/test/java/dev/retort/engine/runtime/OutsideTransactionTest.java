package dev.retort.engine.runtime;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.primaryKey;
import static dev.retort.engine.migration.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.engine.dialect.PostgresDialect;
import dev.retort.engine.migration.Migration;
import dev.retort.engine.migration.Ops;
import dev.retort.engine.migration.Revision;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PostgreSQL: CREATE INDEX CONCURRENTLY runs between two transactions of its migration. */
class OutsideTransactionTest {
  private static final String INDEX = "CREATE INDEX CONCURRENTLY ix_tags_name ON tags (name)";

  @Revision(id = "tags00000001", message = "tags with a concurrent index")
  public static final class Tags implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.createTable("tags", column("id", bigint()).notNull(), column("name", varchar(50)), primaryKey("id"));
      op.outsideTransaction(o -> o.execute(INDEX, "DROP INDEX CONCURRENTLY ix_tags_name"));
      op.addColumn("tags", column("colour", varchar(20)));
    }

    @Override
    public void downgrade(Ops op) {
      op.outsideTransaction(o -> o.execute("DROP INDEX CONCURRENTLY ix_tags_name", INDEX));
      op.dropTable("tags", column("id", bigint()).notNull(), column("name", varchar(50)),
          column("colour", varchar(20)), primaryKey("id"));
    }
  }

  /** Fails after the index, so the statements before it stay committed. */
  @Revision(id = "tags00000001", message = "tags, failing late")
  public static final class TagsFailingLate implements Migration {
    @Override
    public void upgrade(Ops op) {
      new Tags().upgrade(op);
      op.addColumn("tags", column("colour", varchar(20)));
    }

    @Override
    public void downgrade(Ops op) {
      new Tags().downgrade(op);
    }
  }

  private static Migrator migrator(TestDatabase db, Class<?> migration) {
    return new Migrator(new Connector(new ConnectionSettings(db.url(), db.user(), db.password())),
        new PostgresDialect(), new MigrationSet(MigrationClasses.load(List.of(migration))));
  }

  @Test
  void theIndexIsBuiltOutsideTheTransaction() throws Exception {
    try (TestDatabase db = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
      assertThat(migrator(db, Tags.class).upgrade("head", step -> { }).current()).containsExactly("tags00000001");
      assertThat(migrator(db, Tags.class).downgrade("base", step -> { }).current()).isEmpty();
      String script = new OfflineScript(new PostgresDialect(),
          new MigrationSet(MigrationClasses.load(List.of(Tags.class)))).upgrade("base", "head");
      assertThat(script).contains("COMMIT;\n" + INDEX + ";\nBEGIN;\n");
    }
  }

  @Test
  void aFailureAfterTheIndexKeepsWhatWasCommittedAndResumes() throws Exception {
    try (TestDatabase db = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
      assertThatThrownBy(() -> migrator(db, TagsFailingLate.class).upgrade("head", step -> { }))
          .hasMessageContaining("failed at statement 4 of 4 on PostgreSQL")
          .hasMessageContaining("Statements 1 to 2 ran and stay applied (they ran outside the migration's"
              + " transaction or before such a statement), the rest was rolled back; retort_version records"
              + " that, so rerunning `retort upgrade` after the fix resumes at statement 3");
      assertThat(migrator(db, Tags.class).upgrade("head", step -> { }).current()).containsExactly("tags00000001");
    }
  }
}
