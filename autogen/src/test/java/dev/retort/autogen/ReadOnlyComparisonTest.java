package dev.retort.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autogen.compare.SchemaDiff;
import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * On a read-only connection (a replica checked in CI) no temporary table can be made to spell expressions:
 * checks are matched by name, computed columns are not compared, and nothing differs that does not.
 */
class ReadOnlyComparisonTest {
  private static final String BROAD = "dev.retort.autogen.broad";

  // H2 takes Connection.setReadOnly as a hint and stays writable
  @ParameterizedTest
  @EnumSource(value = DatabaseKind.class, names = {"POSTGRESQL", "MARIADB"})
  void aReadOnlyConnectionComparesChecksByName(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      SqlDialect dialect = Dialects.forJdbcUrl(db.url());
      ClassLoader loader = getClass().getClassLoader();
      try (Connection c = db.connect(); Statement s = c.createStatement()) {
        for (SchemaOp op : new Autogenerator(dialect).compare(c, BROAD, loader).upgrade()) {
          for (String sql : dialect.toSql(op)) {
            s.execute(sql);
          }
        }
      }
      try (Connection c = db.connect()) {
        if (kind == DatabaseKind.POSTGRESQL) {
          // as on a replica whose sessions default to read-only: the driver does not know
          try (Statement s = c.createStatement()) {
            s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
          }
        } else {
          c.setReadOnly(true);
        }
        SchemaDiff diff = new Autogenerator(dialect).compare(c, BROAD, loader);
        assertThat(diff.upgrade()).isEmpty();
        assertThat(diff.warnings()).containsExactly("The connection is read-only, so " + dialect.name()
            + " cannot spell the entities' CHECK constraints and computed columns in temporary tables: checks"
            + " are matched by name and computed columns are not compared. Nothing was changed; run autogen on"
            + " a writable connection for an exact comparison.");
      }
    }
  }
}
