package dev.retort.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.sql.Connection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each database's catalog estimate of a table's rows, once the table was analysed. */
class RowEstimatesTest {
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void theCatalogsEstimateAfterAnalyze(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      db.execute("CREATE TABLE packages (id integer PRIMARY KEY, name varchar(20))",
          "CREATE TABLE empty_things (id integer PRIMARY KEY)");
      StringBuilder insert = new StringBuilder("INSERT INTO packages (id, name) VALUES (1, 'p1')");
      for (int i = 2; i <= 1000; i++) {
        insert.append(", (").append(i).append(", 'p").append(i).append("')");
      }
      db.execute(insert.toString());
      try (Connection connection = db.connect()) {
        SqlDialect dialect = Dialects.forConnection(connection);
        if (kind == DatabaseKind.POSTGRESQL) {
          assertThat(RowEstimates.read(connection, dialect).estimate("packages")).as("before ANALYZE").isNull();
        }
        switch (kind) {
          case POSTGRESQL -> db.execute("ANALYZE packages", "ANALYZE empty_things");
          case MARIADB -> db.execute("ANALYZE TABLE packages", "ANALYZE TABLE empty_things");
          case H2 -> db.execute("ANALYZE");
        }
        TableRows rows = RowEstimates.read(connection, dialect);
        assertThat(rows.estimate("packages")).isEqualTo(1000L);
        assertThat(rows.estimate("empty_things")).isEqualTo(0L);
        assertThat(rows.estimate("no_such_table")).isNull();
        String schema = kind == DatabaseKind.MARIADB ? db.name() : "public";
        assertThat(rows.estimate(schema + ".packages")).isEqualTo(1000L);
      }
    }
  }
}
