package dev.retort.autogen.introspect;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.check;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.integer;
import static dev.retort.engine.migration.Dsl.numeric;
import static dev.retort.engine.migration.Dsl.primaryKey;
import static dev.retort.engine.migration.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.op.CreateTable;
import dev.retort.engine.schema.CheckDef;
import dev.retort.engine.schema.TableDef;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The database spells the entities' checks exactly as it reports the checks it stores, and keeps nothing. */
class ExpressionProbeTest {
  private static final List<CheckDef> CHECKS = List.of(
      check("ck_items_kind", "kind in ('A','B','it''s')"),
      check("ck_items_qty", "(qty>=1) and (qty<=100)"),
      check("ck_items_price", "price between 0 and 99.5"),
      check("ck_items_note", "note <> 'a\\b' or note is null"));

  private static TableDef items(List<CheckDef> checks) {
    TableDef table = TableDef.of("items", List.of(column("id", bigint()).notNull(), column("kind", varchar(10)),
        column("qty", integer()), column("price", numeric(8, 2)), column("note", varchar(20)), primaryKey("id")));
    return table.withChecks(checks);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void spellsChecksAsTheCatalogReportsThem(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind); Connection c = db.connect()) {
      SqlDialect dialect = Dialects.forJdbcUrl(db.url());
      create(c, dialect, items(CHECKS));
      SchemaIntrospector introspector = Introspectors.forDialect(dialect);
      TableDef stored = introspector.introspect(c).requireTable("items");

      ExpressionSpellings spelled = introspector.spellExpressions(c, List.of(items(CHECKS)));

      assertThat(spelled.warnings()).isEmpty();
      for (CheckDef check : CHECKS) {
        CheckDef expected = stored.checks().stream().filter(s -> s.name().equals(check.name())).findFirst()
            .orElseThrow();
        assertThat(spelled.checks().get("items").get(check.name()).get(0)).as(check.expression())
            .isEqualTo(expected.expression());
        assertThat(spelled.means("items", check, expected)).isTrue();
        assertThat(spelled.means("items", check, check("other", "qty > 7"))).isFalse();
      }
      assertThat(c.getAutoCommit()).as("auto-commit restored").isTrue();
      assertThat(introspector.introspect(c).tables()).as("no probe left among the tables").hasSize(1);
      assertThat(introspector.spellExpressions(c, List.of(items(CHECKS))).checks())
          .as("nothing left over from the first run").isEqualTo(spelled.checks());
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aCheckTheDatabaseRefusesIsReportedAndSpoilsNoOther(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind); Connection c = db.connect()) {
      SqlDialect dialect = Dialects.forJdbcUrl(db.url());
      CheckDef broken = check("ck_items_broken", "no_such_column > 0");
      CheckDef good = check("ck_items_qty", "qty >= 1");

      ExpressionSpellings spelled = Introspectors.forDialect(dialect).spellExpressions(c, List.of(items(List.of(broken, good))));

      assertThat(spelled.warnings()).hasSize(1);
      assertThat(spelled.warnings().get(0)).startsWith(dialect.name() + " refuses CHECK (no_such_column > 0) of"
          + " table items: ").endsWith(". It is compared as written, and a migration that adds it will fail"
          + " until the expression is fixed in the entity.");
      assertThat(spelled.checks().get("items")).containsOnlyKeys("ck_items_qty");
      assertThat(spelled.means("items", broken, broken)).as("compared as written").isTrue();
    }
  }

  /** A check a downgrade restored from the catalog's own text still means the entity's check. */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aCheckRestoredFromItsStoredTextStillMatches(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind); Connection c = db.connect()) {
      SqlDialect dialect = Dialects.forJdbcUrl(db.url());
      SchemaIntrospector introspector = Introspectors.forDialect(dialect);
      create(c, dialect, items(CHECKS));
      TableDef stored = introspector.introspect(c).requireTable("items");
      try (Statement s = c.createStatement()) {
        s.execute("DROP TABLE " + dialect.quote("items"));
      }
      create(c, dialect, items(stored.checks()));
      TableDef restored = introspector.introspect(c).requireTable("items");

      ExpressionSpellings spelled = introspector.spellExpressions(c, List.of(items(CHECKS)));

      for (CheckDef check : CHECKS) {
        CheckDef again = restored.checks().stream().filter(r -> r.name().equals(check.name())).findFirst()
            .orElseThrow();
        assertThat(spelled.means("items", check, again)).as(again.expression()).isTrue();
      }
    }
  }

  /** A computed column's expression comes back as the catalog reports real ones. */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void computedColumnsAreSpelledAsTheCatalogReportsThem(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind); Connection c = db.connect()) {
      SqlDialect dialect = Dialects.forJdbcUrl(db.url());
      TableDef computed = items(List.of()).withColumns(List.of(column("id", bigint()).notNull(),
          column("qty", integer()), column("twice", integer()).generatedAs("qty*2")));
      create(c, dialect, computed);
      SchemaIntrospector introspector = Introspectors.forDialect(dialect);
      dev.retort.engine.schema.ColumnDef stored = introspector.introspect(c).requireTable("items")
          .column("twice").orElseThrow();

      ExpressionSpellings spelled = introspector.spellExpressions(c, List.of(computed));

      assertThat(stored.generatedAs()).isNotEqualTo("qty*2");
      assertThat(spelled.computed().get("items").get("twice").get(0)).isEqualTo(stored.generatedAs());
      assertThat(spelled.computesAlike("items", computed.column("twice").orElseThrow(), stored)).isTrue();
      assertThat(spelled.computesAlike("items", computed.column("twice").orElseThrow(), stored.generatedAs("qty * 3")))
          .isFalse();
    }
  }

  @Test
  void mariaDbChecksAreReadFromTheirOwnLinesOfShowCreateTable() {
    String createTable = """
        CREATE TEMPORARY TABLE `p` (
          `kind` varchar(255) DEFAULT NULL CHECK (`kind` in ('A','B')),
          `qty` int(11) DEFAULT NULL,
          `dq` int(11) GENERATED ALWAYS AS (`qty` * (2)) STORED,
          CONSTRAINT `p_1` CHECK (`qty` >= 1 and `qty` <= 10),
          CONSTRAINT `p_2` CHECK (`kind` <> 'x),\\'y')
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4""";
    assertThat(MariaDbExpressionProbe.expressions(createTable)).isEqualTo(Map.of(
        "dq", "`qty` * (2)",
        "p_1", "`qty` >= 1 and `qty` <= 10",
        "p_2", "`kind` <> 'x),\\'y'"));
  }

  private static void create(Connection c, SqlDialect dialect, TableDef table) throws Exception {
    try (Statement s = c.createStatement()) {
      for (String sql : dialect.toSql(new CreateTable(table))) {
        s.execute(sql);
      }
    }
  }
}
