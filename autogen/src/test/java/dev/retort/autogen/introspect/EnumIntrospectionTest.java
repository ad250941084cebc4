package dev.retort.autogen.introspect;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.enumOf;
import static dev.retort.engine.migration.Dsl.primaryKey;
import static dev.retort.engine.migration.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.migration.Ops;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.schema.CheckDef;
import dev.retort.engine.schema.ColumnType;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import dev.retort.engine.schema.TypeKind;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each database's form of an enum column reads back as the portable ENUM type for an entity column that is one. */
class EnumIntrospectionTest {
  private static final List<String> VALUES = List.of("BINARY", "SOURCE", "WHEEL", "it's");

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void anEnumWrittenByTheDialectReadsBackAsTheEnum(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      SqlDialect dialect = Dialects.forJdbcUrl(db.url());
      List<SchemaOp> ops = new Ops().createTable("releases", column("id", bigint()).notNull(),
          column("kind", enumOf(20, "WHEEL", "SOURCE", "BINARY", "it's")).notNull(), primaryKey("id"))
          .addColumn("releases", column("channel", enumOf("BETA")))
          .alterColumn("releases", column("channel", enumOf("BETA")), column("channel", enumOf(8, "BETA", "GA")))
          .recorded();
      apply(db, dialect, ops);
      TableDef wanted = model(ops).requireTable("releases");
      TableDef stored = introspect(db, dialect);
      // PostgreSQL keeps a varchar and a check, which are the enum only for an entity column that is one
      assertThat(stored.checks()).extracting(CheckDef::name).containsExactlyElementsOf(
          kind == DatabaseKind.POSTGRESQL ? List.of("ck_releases_channel", "ck_releases_kind") : List.of());
      TableDef read = EnumChecks.fold(stored, wanted, dialect);
      // H2 and MariaDB keep no length for an enum; PostgreSQL's is its varchar's
      boolean lengths = kind == DatabaseKind.POSTGRESQL;
      assertThat(read.column("kind").orElseThrow().type()).isEqualTo(ColumnType.enumOf(lengths ? 20 : null, VALUES));
      assertThat(read.column("channel").orElseThrow().type())
          .isEqualTo(ColumnType.enumOf(lengths ? 8 : null, List.of("BETA", "GA")));
      assertThat(read.checks()).isEmpty();
    }
  }

  /**
   * Hibernate's export leaves the check unnamed and PostgreSQL names it {@code <table>_<column>_check}; a
   * discriminator gets a check of the same shape, which stays a check, and so does one the user named.
   */
  @Test
  void theCheckHibernatesExportWritesOnPostgresqlIsTheEnum() throws Exception {
    try (TestDatabase db = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
      SqlDialect dialect = Dialects.forJdbcUrl(db.url());
      db.execute("create table releases (id bigint primary key, kind varchar(20) not null"
          + " check ((kind in ('SOURCE','WHEEL','BINARY'))), \"Solo\" varchar(5) check (\"Solo\" in ('ONE')),"
          + " dtype varchar(31) check (dtype in ('CAR')),"
          + " other varchar(5) constraint ck_values check (other in ('A','B')))");
      TableDef wanted = TableDef.of("releases", List.of(column("id", bigint()).notNull(),
          column("kind", enumOf(20, "BINARY", "SOURCE", "WHEEL")).notNull(), column("Solo", enumOf(5, "ONE")),
          column("dtype", varchar(31)), column("other", enumOf(5, "A", "B")), primaryKey("id")));
      TableDef read = EnumChecks.fold(introspect(db, dialect), wanted, dialect);
      assertThat(read.column("kind").orElseThrow().type())
          .isEqualTo(ColumnType.enumOf(20, List.of("BINARY", "SOURCE", "WHEEL")));
      assertThat(read.column("Solo").orElseThrow().type()).isEqualTo(ColumnType.enumOf(5, List.of("ONE")));
      assertThat(read.column("dtype").orElseThrow().type()).isEqualTo(ColumnType.sized(TypeKind.VARCHAR, 31));
      assertThat(read.column("other").orElseThrow().type()).isEqualTo(ColumnType.sized(TypeKind.VARCHAR, 5));
      assertThat(read.checks()).extracting(CheckDef::name).containsExactly("ck_values", "releases_dtype_check");
    }
  }

  private static SchemaModel model(List<SchemaOp> ops) {
    SchemaModel model = SchemaModel.EMPTY;
    for (SchemaOp op : ops) {
      model = op.applyTo(model);
    }
    return model;
  }

  private static void apply(TestDatabase db, SqlDialect dialect, List<SchemaOp> ops) throws Exception {
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      for (SchemaOp op : ops) {
        for (String sql : dialect.toSql(op)) {
          s.execute(sql);
        }
      }
    }
  }

  private static TableDef introspect(TestDatabase db, SqlDialect dialect) throws Exception {
    try (Connection c = db.connect()) {
      return Introspectors.forDialect(dialect).introspect(c).requireTable(dialect.unquotedName("releases"));
    }
  }
}
