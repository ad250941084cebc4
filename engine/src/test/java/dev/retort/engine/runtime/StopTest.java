package dev.retort.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A run asked to stop ends after the statement that is running, and says where the database stands. */
class StopTest {
  private static Migrator migrator(TestDatabase db, StopRequest stop, StatementListener listener) {
    return new Migrator(new Connector(new ConnectionSettings(db.url(), db.user(), db.password())),
        Dialects.forJdbcUrl(db.url()), new MigrationSet(MigrationClasses.load(List.of(MigratorTest.CreateAuthors.class,
            MigratorTest.CreateBooks.class, ResumeTest.Fixed.class))))
        .withStopRequest(stop).withStatementListener(listener);
  }

  /** Asks for a stop once statement {@code number} of revision {@code id} ran. */
  private static StatementListener stopAfter(StopRequest stop, String id, int number) {
    return (step, n, total, statement) -> {
      if (step.id().equals(id) && n == number) {
        stop.request("test");
      }
    };
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aStopInsideAMigrationEndsAfterTheStatementAndTheNextRunFinishesIt(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      StopRequest stop = new StopRequest();
      assertThatThrownBy(() -> migrator(db, stop, stopAfter(stop, "cccc00000003", 1)).upgrade("head", s -> { }))
          .isInstanceOf(MigrationStoppedException.class)
          .satisfies(e -> assertThat(((RetortException) e).code()).isEqualTo(ErrorCode.STOPPED))
          .hasMessage("Stopped on request (test) after statement 1 of 2 of migration cccc00000003 (ResumeTest$Fixed). "
              + (kind == DatabaseKind.POSTGRESQL
                  ? "PostgreSQL rolled that migration back; the database stands at bbbb00000002. Run `retort"
                      + " upgrade` again to go on."
                  : "Statements 1 to 1 ran and retort_version records that: the next `retort upgrade` resumes at"
                      + " statement 2."));
      assertThat(columns(db)).isEqualTo(kind == DatabaseKind.POSTGRESQL ? 2 : 3);

      StopRequest never = new StopRequest();
      assertThat(migrator(db, never, StatementListener.NONE).upgrade("head", s -> { }).current())
          .containsExactly("cccc00000003");
      assertThat(columns(db)).isEqualTo(4);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aStopAtTheEndOfAMigrationEndsBeforeTheNext(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      StopRequest stop = new StopRequest();
      assertThatThrownBy(() -> migrator(db, stop, stopAfter(stop, "aaaa00000001", 1)).upgrade("head", s -> { }))
          .isInstanceOf(MigrationStoppedException.class)
          .hasMessage("Stopped on request (test) before migration bbbb00000002 (MigratorTest$CreateBooks); the"
              + " database stands at aaaa00000001. Run the command again to go on.");
      assertThat(migrator(db, new StopRequest(), StatementListener.NONE).current()).containsExactly("aaaa00000001");
    }
  }

  private static int columns(TestDatabase db) throws Exception {
    try (Connection c = db.connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM " + Dialects.forJdbcUrl(db.url()).quote("books"))) {
      return rs.getMetaData().getColumnCount();
    }
  }
}
