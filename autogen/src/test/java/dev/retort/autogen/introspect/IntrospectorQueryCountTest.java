package dev.retort.autogen.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The catalog is read in bulk: the number of queries does not grow with the number of tables or sequences.
 * Columns, constraints, indexes and sequences take a query each; MariaDB, which keeps a sequence's values
 * only in the sequence itself, reads them all in one more; H2 reads its constraints in four plain reads
 * joined in memory, since its INFORMATION_SCHEMA joins cost a pass over the schema per row.
 */
class IntrospectorQueryCountTest {

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void fiftyTablesCostTheQueriesOfOne(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      db.execute(tableDdl(1).toArray(String[]::new));
      Count one = introspect(db);

      List<String> more = new ArrayList<>();
      for (int i = 2; i <= 50; i++) {
        more.addAll(tableDdl(i));
      }
      db.execute(more.toArray(String[]::new));
      Count fifty = introspect(db);

      assertThat(one.tables()).isEqualTo(1);
      assertThat(one.sequences()).isEqualTo(1);
      assertThat(fifty.tables()).isEqualTo(50);
      assertThat(fifty.sequences()).isEqualTo(50);
      assertThat(fifty.queries()).isEqualTo(one.queries()).isEqualTo(queries(kind) + (kind == DatabaseKind.MARIADB
          ? 1 : 0));
    }
  }

  /** Without sequences MariaDB has no values to read, and skips the query that reads them. */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void noSequencesCostNoMore(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      db.execute(tableDdl(1).get(0));
      Count count = introspect(db);

      assertThat(count.tables()).isEqualTo(1);
      assertThat(count.sequences()).isZero();
      assertThat(count.queries()).isEqualTo(queries(kind));
    }
  }

  /** The queries of a catalog without sequences. */
  private static int queries(DatabaseKind kind) {
    return kind == DatabaseKind.H2 ? 8 : 5;
  }

  /**
   * Table {@code n}, with a key, a unique constraint, an index and a foreign key to table 1, and sequence
   * {@code n}.
   */
  private static List<String> tableDdl(int n) {
    String table = "t" + n;
    return List.of(
        "CREATE TABLE " + table + " (id INTEGER NOT NULL, code VARCHAR(10), parent_id INTEGER,"
            + " CONSTRAINT pk_" + table + " PRIMARY KEY (id), CONSTRAINT uq_" + table + " UNIQUE (code),"
            + " CONSTRAINT fk_" + table + " FOREIGN KEY (parent_id) REFERENCES t1 (id))",
        "CREATE INDEX ix_" + table + " ON " + table + " (parent_id, code)",
        "CREATE SEQUENCE s" + n + " START WITH 1 INCREMENT BY 50");
  }

  private record Count(int tables, int sequences, int queries) {}

  private static Count introspect(TestDatabase db) throws Exception {
    try (Connection connection = db.connect()) {
      QueryCountingConnection counting = new QueryCountingConnection(connection);
      SchemaModel schema =
          Introspectors.forDialect(Dialects.forJdbcUrl(db.url())).introspect(counting.connection());
      return new Count(schema.tables().size(), schema.sequences().size(), counting.queries());
    }
  }
}
