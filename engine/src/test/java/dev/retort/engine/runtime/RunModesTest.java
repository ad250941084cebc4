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
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Branches and merges on every database, and a whole run in one transaction on PostgreSQL. */
class RunModesTest {
  /** Second branch from {@link MigratorTest.CreateAuthors}, beside {@link MigratorTest.CreateBooks}. */
  @Revision(id = "dddd00000004", parents = "aaaa00000001", message = "create shelves")
  public static final class CreateShelves implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.createTable("shelves", column("id", bigint()).notNull(), primaryKey("id"));
    }

    @Override
    public void downgrade(Ops op) {
      op.dropTable("shelves", column("id", bigint()).notNull(), primaryKey("id"));
    }
  }

  @Revision(id = "eeee00000005", parents = {"bbbb00000002", "dddd00000004"}, message = "merge")
  public static final class Merge implements Migration {
    @Override
    public void upgrade(Ops op) {}

    @Override
    public void downgrade(Ops op) {}
  }

  private static Migrator migrator(TestDatabase db, Class<?>... classes) {
    return new Migrator(new Connector(new ConnectionSettings(db.url(), db.user(), db.password())),
        Dialects.forJdbcUrl(db.url()), new MigrationSet(MigrationClasses.load(List.of(classes))));
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void twoHeadsAreMergedAndUpgraded(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Migrator branched = migrator(db, MigratorTest.CreateAuthors.class, MigratorTest.CreateBooks.class,
          CreateShelves.class);
      assertThat(branched.upgrade("heads", step -> { }).current()).containsExactly("bbbb00000002", "dddd00000004");
      Migrator merged = migrator(db, MigratorTest.CreateAuthors.class, MigratorTest.CreateBooks.class,
          CreateShelves.class, Merge.class);
      assertThat(merged.upgrade("head", step -> { }).current()).containsExactly("eeee00000005");
      assertThat(merged.downgrade("dddd", step -> { }).current()).containsExactly("dddd00000004");
      assertThat(tables(db)).containsExactly("authors", "retort_version", "shelves");
      assertThat(merged.upgrade("head", step -> { }).steps()).extracting(Step::id)
          .containsExactly("bbbb00000002", "eeee00000005");
    }
  }

  @Test
  void oneTransactionForTheWholeRunLeavesNothingOnFailure() throws Exception {
    try (TestDatabase db = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
      Migrator migrator = migrator(db, MigratorTest.CreateAuthors.class, MigratorTest.CreateBooks.class,
          MigratorTest.Broken.class).withSingleTransaction(true);
      assertThatThrownBy(() -> migrator.upgrade("head", step -> { }))
          .isInstanceOf(MigrationFailedException.class)
          .hasMessageContaining("Rolled back; the database is still at base (no revision applied) (the whole run"
              + " was rolled back).");
      assertThat(tables(db)).containsExactly("retort_version");
      assertThat(migrator.current()).isEmpty();
      Migrator good = migrator(db, MigratorTest.CreateAuthors.class, MigratorTest.CreateBooks.class)
          .withSingleTransaction(true);
      assertThat(good.upgrade("head", step -> { }).current()).containsExactly("bbbb00000002");
    }
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
}
