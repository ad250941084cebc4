package dev.retort.autogen.introspect;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.check;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.integer;
import static dev.retort.engine.migration.Dsl.primaryKey;
import static dev.retort.engine.migration.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autogen.compare.Renames;
import dev.retort.autogen.compare.SchemaComparator;
import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.schema.CheckDef;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks MariaDB keeps inside column definitions, as Hibernate's own export writes them: read with their
 * column, changed by redefining it, kept when the column changes, and put back by the downgrade.
 */
class MariaDbColumnChecksTest {
  @Test
  void columnChecksChangeAndSurviveTheirColumnsChanging() throws Exception {
    try (TestDatabase db = TestDatabase.create(DatabaseKind.MARIADB); Connection c = db.connect()) {
      SqlDialect dialect = Dialects.forJdbcUrl(db.url());
      SchemaIntrospector introspector = Introspectors.forDialect(dialect);
      db.execute("CREATE TABLE items (id bigint NOT NULL, qty integer CHECK (qty >= 1 AND qty <= 10),"
          + " note varchar(20) CHECK (note <> 'x'), PRIMARY KEY (id))");
      SchemaModel before = introspector.introspect(c);
      assertThat(before.requireTable("items").checks()).extracting(CheckDef::inColumn)
          .extracting(col -> col.name()).containsExactly("note", "qty");

      TableDef wanted = TableDef.of("items", List.of(column("id", bigint()).notNull(), column("qty", integer()),
          column("note", varchar(40)), primaryKey("id"), check("ck_items_qty", "qty >= 1 AND qty <= 20"),
          check("ck_items_note", "note <> 'x'")));
      List<SchemaOp> upgrade = compare(c, introspector, wanted, before);

      assertThat(upgrade).extracting(SchemaOp::describe).containsExactly(
          "drop check constraint note on items",
          "drop check constraint qty on items",
          "alter column items.note type varchar(20) -> varchar(40)",
          "add check constraint ck_items_qty on items",
          "add check constraint ck_items_note on items");
      apply(c, dialect, upgrade);
      assertThat(compare(c, introspector, wanted, introspector.introspect(c))).as("nothing left").isEmpty();

      for (int i = upgrade.size() - 1; i >= 0; i--) {
        apply(c, dialect, List.of(upgrade.get(i).reverse()));
      }
      assertThat(introspector.introspect(c)).as("the downgrade puts the column checks back").isEqualTo(before);
    }
  }

  private static List<SchemaOp> compare(Connection c, SchemaIntrospector introspector, TableDef wanted,
      SchemaModel current) {
    ExpressionSpellings spellings = introspector.spellExpressions(c, List.of(wanted), current);
    return new SchemaComparator().compare(new SchemaModel(List.of(wanted)), current, Renames.NONE,
        spellings::means).upgrade();
  }

  private static void apply(Connection c, SqlDialect dialect, List<SchemaOp> ops) throws Exception {
    try (Statement s = c.createStatement()) {
      for (SchemaOp op : ops) {
        for (String sql : dialect.toSql(op)) {
          s.execute(sql);
        }
      }
    }
  }
}
