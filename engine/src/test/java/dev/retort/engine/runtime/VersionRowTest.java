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
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * On PostgreSQL a migration's version row and its COMMIT travel together: a row that cannot be written still
 * rolls the whole migration back, and a row that is written commits with the migration's statements. Where
 * DDL commits at once, one statement completes a migration's row and starts the next one's: both or neither.
 */
class VersionRowTest {
  @Revision(id = "dddd00000001", message = "create notes")
  public static final class CreateNotes implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.createTable("notes", column("id", bigint()).notNull(), primaryKey("id"));
    }

    @Override
    public void downgrade(Ops op) {
      op.dropTable("notes", column("id", bigint()).notNull(), primaryKey("id"));
    }
  }

  /** Writes its own version row first, so Retort's insert of it fails on the key. */
  @Revision(id = "eeee00000002", parents = "dddd00000001", message = "takes its own row")
  public static final class TakesItsOwnRow implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.createTable("drafts", column("id", bigint()).notNull(), primaryKey("id"));
      op.execute("INSERT INTO retort_version (revision, checksum, applied_at) VALUES ('eeee00000002', 'x',"
          + " CURRENT_TIMESTAMP)");
    }

    @Override
    public void downgrade(Ops op) {
      op.dropTable("drafts", column("id", bigint()).notNull(), primaryKey("id"));
    }
  }

  private static Migrator migrator(TestDatabase db, Class<?>... classes) {
    return new Migrator(new Connector(new ConnectionSettings(db.url(), db.user(), db.password())),
        Dialects.forJdbcUrl(db.url()), new MigrationSet(MigrationClasses.load(List.of(classes))));
  }

  private static boolean tableExists(TestDatabase db, String table) throws Exception {
    try (Connection c = db.connect();
        ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), table, new String[] {"TABLE"})) {
      return rs.next();
    }
  }

  @Test
  void aVersionRowThatCannotBeWrittenRollsTheMigrationBack() throws Exception {
    try (TestDatabase db = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
      Migrator migrator = migrator(db, CreateNotes.class, TakesItsOwnRow.class);
      assertThatThrownBy(() -> migrator.upgrade("head", step -> { }))
          .isInstanceOf(MigrationFailedException.class)
          .hasMessageStartingWith("Migration eeee00000002 (VersionRowTest$TakesItsOwnRow) failed while recording"
              + " it in retort_version: ")
          .hasMessageContaining("Rolled back; the database is still at dddd00000001.");
      assertThat(migrator.current()).containsExactly("dddd00000001");
      assertThat(tableExists(db, "notes")).isTrue();
      assertThat(tableExists(db, "drafts")).as("the migration's own statement went with its row").isFalse();
      try (Connection c = db.connect(); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT revision, progress FROM retort_version ORDER BY revision")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("dddd00000001");
        assertThat(rs.getString(2)).isNull();
        assertThat(rs.next()).isFalse();
      }
      // the connection is still usable after the failed round trip: the same run can go on elsewhere
      assertThat(migrator.downgrade("base", step -> { }).current()).isEmpty();
      assertThat(tableExists(db, "notes")).isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void completingOneRowAndStartingTheNextIsOneStatement(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind); Connection c = db.connect()) {
      VersionTable versions = new VersionTable(Dialects.forJdbcUrl(db.url()));
      versions.createIfMissing(c);
      List<LoadedMigration> migrations = MigrationClasses.load(List.of(CreateNotes.class, TakesItsOwnRow.class));
      LoadedMigration first = migrations.get(0);
      LoadedMigration second = migrations.get(1);
      versions.recordProgress(c, first, "0+:started");

      // a progress text longer than its column fails the statement, and the first row stays as it was
      assertThatThrownBy(() -> versions.completeAndStart(c, first, second, "0+:" + "x".repeat(100)))
          .isInstanceOf(java.sql.SQLException.class);
      assertThat(rows(c)).containsExactly(first.info().id() + " " + first.checksum() + " 0+:started");

      versions.completeAndStart(c, first, second, "0+:next");
      assertThat(rows(c)).containsExactly(first.info().id() + " " + first.checksum() + " null",
          second.info().id() + " " + second.checksum() + " 0+:next");
      assertThat(versions.read(c)).extracting(AppliedRevision::complete).containsExactlyInAnyOrder(true, false);
    }
  }

  private static List<String> rows(Connection c) throws Exception {
    List<String> rows = new java.util.ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT revision, checksum, progress FROM retort_version ORDER BY revision")) {
      while (rs.next()) {
        rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
      }
    }
    return rows;
  }
}
