package dev.retort.engine.runtime;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.columns;
import static dev.retort.engine.migration.Dsl.date;
import static dev.retort.engine.migration.Dsl.primaryKey;
import static dev.retort.engine.migration.Dsl.row;
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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Rows inserted as literals, and Java code run inside the migration's transaction. */
class DataMigrationTest {
  @Revision(id = "data00000001", message = "licences with data")
  public static final class Licences implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.createTable("licences", column("id", bigint()).notNull(), column("spdx", varchar(64)).notNull(),
          column("name", varchar(200)), column("since", date()), primaryKey("id"));
      op.insertRows("licences", columns("id", "spdx", "name", "since"),
          row(1L, "MIT", "MIT License", LocalDate.of(1988, 1, 1)),
          row(2L, "O'Reilly-1.0", null, null));
      op.run("upper-case the SPDX ids", connection -> {
        try (PreparedStatement update = connection.prepareStatement("UPDATE licences SET spdx = UPPER(spdx)")) {
          update.executeUpdate();
        }
      }, connection -> { });
    }

    @Override
    public void downgrade(Ops op) {
      op.deleteRows("licences", columns("id", "name"), row(1L, "MIT License"), row(2L, null));
      op.dropTable("licences", column("id", bigint()).notNull(), column("spdx", varchar(64)).notNull(),
          column("name", varchar(200)), column("since", date()), primaryKey("id"));
    }
  }

  @Revision(id = "data00000002", parents = "data00000001", message = "failing code")
  public static final class FailingCode implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.insertRows("licences", columns("id", "spdx"), row(3L, "ASL-2.0"));
      op.run("refuse", connection -> {
        throw new IllegalStateException("no licences today");
      });
    }

    @Override
    public void downgrade(Ops op) {
      op.deleteRows("licences", columns("id"), row(3L));
    }
  }

  private static Migrator migrator(TestDatabase db, Class<?>... classes) {
    return new Migrator(new Connector(new ConnectionSettings(db.url(), db.user(), db.password())),
        Dialects.forJdbcUrl(db.url()), new MigrationSet(MigrationClasses.load(List.of(classes))));
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void rowsAndCodeRunWithTheMigration(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      migrator(db, Licences.class).upgrade("head", step -> { });
      assertThat(rows(db)).containsExactly("1|MIT|MIT License|1988-01-01", "2|O'REILLY-1.0|null|null");
      migrator(db, Licences.class).downgrade("base", step -> { });
      assertThat(migrator(db, Licences.class).applied()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void failingCodeEndsTheTransaction(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Migrator migrator = migrator(db, Licences.class, FailingCode.class);
      assertThatThrownBy(() -> migrator.upgrade("head", step -> { }))
          .isInstanceOf(MigrationFailedException.class)
          .hasMessageContaining("failed at statement 2 of 2 on " + Dialects.forJdbcUrl(db.url()).name()
              + ": -- run refuse (Java code: runs only online): no licences today.");
      assertThat(migrator.current()).containsExactly("data00000001");
      // PostgreSQL rolls the inserted row back with the rest; elsewhere the insert stayed committed
      assertThat(rows(db)).hasSize(kind == DatabaseKind.POSTGRESQL ? 2 : 3);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void offlineScriptsWriteRowsAsLiteralsAndShowWhereCodeRuns(DatabaseKind kind) {
    SqlDialect dialect = Dialects.forName(kind.name());
    String script = new OfflineScript(dialect, new MigrationSet(MigrationClasses.load(List.of(Licences.class))))
        .upgrade("base", "head");
    String licences = dialect.quote("licences");
    assertThat(script).contains("INSERT INTO " + licences + " (" + dialect.quote("id") + ", "
        + dialect.quote("spdx") + ", " + dialect.quote("name") + ", " + dialect.quote("since")
        + ") VALUES (2, 'O''Reilly-1.0', NULL, NULL);\n"
        + "-- run upper-case the SPDX ids (Java code: runs only online);\n");
  }

  private static List<String> rows(TestDatabase db) throws Exception {
    List<String> rows = new ArrayList<>();
    SqlDialect dialect = Dialects.forJdbcUrl(db.url());
    try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
        "SELECT id, spdx, name, since FROM " + dialect.quote("licences") + " ORDER BY id")) {
      while (rs.next()) {
        rows.add(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getObject(4, LocalDate.class));
      }
    }
    return rows;
  }
}
