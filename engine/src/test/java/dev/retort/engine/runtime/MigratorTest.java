package dev.retort.engine.runtime;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.foreignKey;
import static dev.retort.engine.migration.Dsl.primaryKey;
import static dev.retort.engine.migration.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.migration.Migration;
import dev.retort.engine.migration.Ops;
import dev.retort.engine.migration.Revision;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MigratorTest {

  @Revision(id = "aaaa00000001", message = "create authors")
  public static final class CreateAuthors implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.createTable("authors", column("id", bigint()).identity(), column("name", varchar(100)).notNull(),
          primaryKey("id"));
    }

    @Override
    public void downgrade(Ops op) {
      op.dropTable("authors", column("id", bigint()).identity(), column("name", varchar(100)).notNull(),
          primaryKey("id"));
    }
  }

  @Revision(id = "bbbb00000002", parents = "aaaa00000001", message = "create books")
  public static final class CreateBooks implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.createTable("books", column("id", bigint()).identity(), column("author_id", bigint()),
          primaryKey("id"), foreignKey("fk_books_author", "author_id", "authors", "id"));
    }

    @Override
    public void downgrade(Ops op) {
      op.dropTable("books", column("id", bigint()).identity(), column("author_id", bigint()),
          primaryKey("id"), foreignKey("fk_books_author", "author_id", "authors", "id"));
    }
  }

  /** Its second statement fails: the column already exists. */
  @Revision(id = "cccc00000003", parents = "bbbb00000002", message = "broken")
  public static final class Broken implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.addColumn("books", column("title", varchar(200)));
      op.addColumn("books", column("title", varchar(200)));
    }

    @Override
    public void downgrade(Ops op) {
      op.dropColumn("books", column("title", varchar(200)));
    }
  }

  private static Migrator migrator(TestDatabase db, Class<?>... classes) {
    SqlDialect dialect = Dialects.forJdbcUrl(db.url());
    MigrationSet set = new MigrationSet(MigrationClasses.load(List.of(classes)));
    return new Migrator(new Connector(new ConnectionSettings(db.url(), db.user(), db.password())), dialect, set);
  }

  private static List<String> tables(TestDatabase db) throws Exception {
    List<String> names = new ArrayList<>();
    try (Connection c = db.connect();
        ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), null, new String[] {"TABLE"})) {
      while (rs.next()) {
        names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return names.stream().sorted().toList();
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void upgradesAndDowngradesKeepingTheVersionTableTrue(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Migrator migrator = migrator(db, CreateAuthors.class, CreateBooks.class);
      List<String> seen = new ArrayList<>();
      MigrationResult up = migrator.upgrade("head", step -> seen.add(step.id()));
      assertThat(seen).containsExactly("aaaa00000001", "bbbb00000002");
      assertThat(up.current()).containsExactly("bbbb00000002");
      assertThat(tables(db)).containsExactly("authors", "books", "retort_version");
      assertThat(migrator.applied()).extracting(AppliedRevision::revision)
          .containsExactlyInAnyOrder("aaaa00000001", "bbbb00000002");
      assertThat(migrator.upgrade("head", step -> { }).steps()).isEmpty();

      assertThat(migrator.downgrade("-1", step -> { }).current()).containsExactly("aaaa00000001");
      assertThat(tables(db)).containsExactly("authors", "retort_version");
      assertThat(migrator.downgrade("base", step -> { }).current()).isEmpty();
      assertThat(tables(db)).containsExactly("retort_version");
      assertThat(migrator.applied()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aFailingStatementIsReportedWithTheStateLeftBehind(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Migrator migrator = migrator(db, CreateAuthors.class, CreateBooks.class, Broken.class);
      assertThatThrownBy(() -> migrator.upgrade("head", step -> { }))
          .isInstanceOf(MigrationFailedException.class)
          .satisfies(e -> {
            MigrationFailedException failure = (MigrationFailedException) e;
            assertThat(failure.revision()).isEqualTo("cccc00000003");
            assertThat(failure.statementNumber()).isEqualTo(2);
            String state = kind == DatabaseKind.POSTGRESQL
                ? "Rolled back; the database is still at bbbb00000002."
                : "Statements 1 to 1 ran and stay applied";
            assertThat(failure.getMessage())
                .startsWith("Migration cccc00000003 (MigratorTest$Broken) failed at statement 2 of 2 on ")
                .contains(state)
                .endsWith("Fix the migration or the data, then rerun.");
          });
      assertThat(migrator.current()).containsExactly("bbbb00000002");
      try (Connection c = db.connect(); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT * FROM " + Dialects.forJdbcUrl(db.url()).quote("books"))) {
        boolean hasTitle = rs.getMetaData().getColumnCount() == 3;
        assertThat(hasTitle).isEqualTo(kind != DatabaseKind.POSTGRESQL);
      }
    }
  }
}
