package dev.retort.autogen.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.op.RenameColumn;
import dev.retort.engine.schema.ForeignKeyDef;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Keys read after their columns were renamed (H2 keeps the old names in KEY_COLUMN_USAGE): the key names
 * the columns the table has, on both sides of a foreign key.
 */
class RenamedKeyColumnsTest {
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void keysNameTheRenamedColumns(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      SqlDialect dialect = Dialects.forJdbcUrl(db.url());
      db.execute("create table p (a integer not null, b integer not null, constraint pk_p primary key (a, b))",
          "create table ch (id integer not null primary key, pa integer, pb integer,"
              + " constraint fk_ch foreign key (pa, pb) references p (a, b))");
      for (RenameColumn rename : List.of(new RenameColumn("p", "a", "c"), new RenameColumn("ch", "pa", "qa"))) {
        db.execute(dialect.toSql(rename).toArray(String[]::new));
      }
      try (Connection c = db.connect()) {
        SchemaModel schema = Introspectors.forDialect(dialect).introspect(c);
        assertThat(schema.requireTable("p").primaryKey().columns()).containsExactly("c", "b");
        ForeignKeyDef key = schema.requireTable("ch").foreignKeys().get(0);
        assertThat(key.columns()).containsExactly("qa", "pb");
        assertThat(key.referencedColumns()).containsExactly("c", "b");
      }
    }
  }
}
