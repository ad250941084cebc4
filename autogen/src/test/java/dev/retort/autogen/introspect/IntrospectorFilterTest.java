package dev.retort.autogen.introspect;

import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.integer;
import static dev.retort.engine.migration.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.schema.PrimaryKeyDef;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Only the current schema's base tables that the filter includes are read. */
class IntrospectorFilterTest {

  /** MariaDB calls every primary key PRIMARY, which the model holds as no name. */
  private static TableDef packages(DatabaseKind kind) {
    return TableDef.of("packages", List.of(
        column("id", integer()).notNull(),
        column("name", varchar(80)).notNull(),
        new PrimaryKeyDef(kind == DatabaseKind.MARIADB ? null : "pk_packages", List.of("id"))));
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void leavesOutTheVersionTableViewsAndOtherSchemas(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind); TestDatabase other = otherDatabase(kind)) {
      String otherSchema = other == null ? "other_schema" : other.name();
      if (other == null) {
        db.execute("CREATE SCHEMA other_schema");
      }
      db.execute(
          "CREATE TABLE packages (id INTEGER NOT NULL, name VARCHAR(80) NOT NULL,"
              + " CONSTRAINT pk_packages PRIMARY KEY (id))",
          "CREATE TABLE retort_version (version_num VARCHAR(32) NOT NULL)",
          "CREATE VIEW package_names AS SELECT name FROM packages",
          // same table name elsewhere: none of its columns, keys or indexes may leak into ours
          "CREATE TABLE " + otherSchema + ".packages (id INTEGER NOT NULL, extra VARCHAR(5),"
              + " CONSTRAINT pk_other PRIMARY KEY (id, extra), CONSTRAINT uq_other UNIQUE (extra))",
          "CREATE INDEX ix_other ON " + otherSchema + ".packages (extra)",
          "CREATE TABLE " + otherSchema + ".hidden (id INTEGER)");

      assertThat(introspect(db, TableFilter.DEFAULT)).isEqualTo(new SchemaModel(List.of(packages(kind))));
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void excludesTheConfiguredNames(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      db.execute(
          "CREATE TABLE packages (id INTEGER NOT NULL, name VARCHAR(80) NOT NULL,"
              + " CONSTRAINT pk_packages PRIMARY KEY (id))",
          "CREATE TABLE audit_log (id INTEGER)",
          "CREATE TABLE schema_history (id INTEGER)",
          "CREATE TABLE retort_version (version_num VARCHAR(32) NOT NULL)");
      TableDef retortVersion = TableDef.of("retort_version",
          List.of(column("version_num", varchar(32)).notNull()));

      TableFilter filter = TableFilter.forVersionTable("schema_history").excluding("audit_log");

      assertThat(introspect(db, filter)).isEqualTo(new SchemaModel(List.of(packages(kind), retortVersion)));
    }
  }

  /** MariaDB's schemas are databases: the other one is a second test database on the same server. */
  private static TestDatabase otherDatabase(DatabaseKind kind) {
    return kind == DatabaseKind.MARIADB ? TestDatabase.create(kind) : null;
  }

  private static SchemaModel introspect(TestDatabase db, TableFilter filter) throws Exception {
    try (Connection connection = db.connect()) {
      return Introspectors.forDialect(Dialects.forJdbcUrl(db.url())).introspect(connection, filter);
    }
  }
}
