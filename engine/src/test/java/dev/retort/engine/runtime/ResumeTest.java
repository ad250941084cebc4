package dev.retort.engine.runtime;

import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.migration.Migration;
import dev.retort.engine.migration.Ops;
import dev.retort.engine.migration.Revision;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Where DDL commits at once, a failed migration resumes after the statements that ran, once fixed. */
class ResumeTest {
  /** {@link MigratorTest.Broken} with its failing second statement fixed. */
  @Revision(id = "cccc00000003", parents = "bbbb00000002", message = "fixed")
  public static final class Fixed implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.addColumn("books", column("title", varchar(200)));
      op.addColumn("books", column("subtitle", varchar(200)));
    }

    @Override
    public void downgrade(Ops op) {
      op.dropColumn("books", column("subtitle", varchar(200)));
      op.dropColumn("books", column("title", varchar(200)));
    }
  }

  /** A different first statement: what ran can no longer be told apart from what is left. */
  @Revision(id = "cccc00000003", parents = "bbbb00000002", message = "rewritten")
  public static final class Rewritten implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.addColumn("books", column("heading", varchar(200)));
    }

    @Override
    public void downgrade(Ops op) {
      op.dropColumn("books", column("heading", varchar(200)));
    }
  }

  private static Migrator migrator(TestDatabase db, Class<?> third) {
    return new Migrator(new Connector(new ConnectionSettings(db.url(), db.user(), db.password())),
        Dialects.forJdbcUrl(db.url()), new MigrationSet(MigrationClasses.load(
            List.of(MigratorTest.CreateAuthors.class, MigratorTest.CreateBooks.class, third))));
  }

  @ParameterizedTest
  @EnumSource(value = DatabaseKind.class, names = {"H2", "MARIADB"})
  void aFixedMigrationResumesAfterTheStatementsThatRan(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      assertThatThrownBy(() -> migrator(db, MigratorTest.Broken.class).upgrade("head", step -> { }))
          .hasMessageContaining("Statements 1 to 1 ran and stay applied (" + Dialects.forJdbcUrl(db.url()).name()
              + " commits DDL at once); retort_version records that, so rerunning `retort upgrade` after the fix"
              + " resumes at statement 2 as long as the earlier statements stay the same.");
      assertThat(migrator(db, Fixed.class).current()).containsExactly("bbbb00000002");
      assertThatThrownBy(() -> migrator(db, Rewritten.class).upgrade("head", step -> { }))
          .hasMessageStartingWith("Migration cccc00000003 (ResumeTest$Rewritten) stopped part-way earlier after 1"
              + " statement(s), and those statements have changed since");

      MigrationResult resumed = migrator(db, Fixed.class).upgrade("head", step -> { });
      assertThat(resumed.current()).containsExactly("cccc00000003");
      try (Connection c = db.connect(); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT * FROM " + Dialects.forJdbcUrl(db.url()).quote("books"))) {
        assertThat(rs.getMetaData().getColumnCount()).isEqualTo(4);
      }
      assertThat(migrator(db, Fixed.class).changedSinceApplied()).isEmpty();
      assertThat(migrator(db, Fixed.class).downgrade("bbbb", step -> { }).current()).containsExactly("bbbb00000002");
    }
  }
}
