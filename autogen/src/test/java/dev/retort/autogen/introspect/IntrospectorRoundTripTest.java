package dev.retort.autogen.introspect;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.blob;
import static dev.retort.engine.migration.Dsl.bool;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.date;
import static dev.retort.engine.migration.Dsl.doublePrecision;
import static dev.retort.engine.migration.Dsl.fixedChar;
import static dev.retort.engine.migration.Dsl.index;
import static dev.retort.engine.migration.Dsl.integer;
import static dev.retort.engine.migration.Dsl.numeric;
import static dev.retort.engine.migration.Dsl.real;
import static dev.retort.engine.migration.Dsl.sequence;
import static dev.retort.engine.migration.Dsl.smallint;
import static dev.retort.engine.migration.Dsl.text;
import static dev.retort.engine.migration.Dsl.time;
import static dev.retort.engine.migration.Dsl.timestamp;
import static dev.retort.engine.migration.Dsl.timestampTz;
import static dev.retort.engine.migration.Dsl.unique;
import static dev.retort.engine.migration.Dsl.uniqueIndex;
import static dev.retort.engine.migration.Dsl.uuid;
import static dev.retort.engine.migration.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.op.CreateSequence;
import dev.retort.engine.op.CreateTable;
import dev.retort.engine.schema.ColumnType;
import dev.retort.engine.schema.ForeignKeyDef;
import dev.retort.engine.schema.TypeKind;
import dev.retort.engine.schema.IndexDef;
import dev.retort.engine.schema.PrimaryKeyDef;
import dev.retort.engine.schema.ReferentialAction;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import dev.retort.engine.schema.UniqueDef;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A model created through the dialect's own DDL reads back as the same model. */
class IntrospectorRoundTripTest {

  private static final TableDef PARENTS = TableDef.of("parents", List.of(
      column("id", bigint()).identity(),
      column("code", varchar(30)).notNull(),
      column("region", fixedChar(2)).notNull().withDefault("'eu'"),
      column("price", numeric(12, 2)),
      column("quantity", integer()).withDefault("0"),
      column("rank", smallint()),
      column("ratio", doublePrecision()),
      column("score", real()),
      column("created_at", timestamp(6)).notNull(),
      column("updated_at", timestampTz(6)),
      column("birthday", date()),
      column("alarm", time(3)),
      column("active", bool()).notNull().withDefault("true"),
      column("notes", text()),
      column("token", uuid()),
      column("payload", blob()),
      new PrimaryKeyDef("pk_parents", List.of("id")),
      unique("uq_parents_code", "code"),
      unique("uq_parents_region_code", "region", "code")));

  private static final TableDef CHILDREN = TableDef.of("children", List.of(
      column("parent_id", bigint()).notNull(),
      column("seq", integer()).notNull(),
      column("label", varchar(50)).notNull(),
      column("region", fixedChar(2)),
      column("code", varchar(30)),
      column("note", varchar(200)).withDefault("'n/a'"),
      new PrimaryKeyDef("pk_children", List.of("parent_id", "seq")),
      new ForeignKeyDef("fk_children_code", List.of("region", "code"), "parents", List.of("region", "code"),
          ReferentialAction.SET_NULL),
      new ForeignKeyDef("fk_children_parent", List.of("parent_id"), "parents", List.of("id"),
          ReferentialAction.CASCADE),
      index("ix_children_label_seq", "label", "seq"),
      uniqueIndex("ux_children_note", "note")));

  // names the databases do not fold: kept exactly, and quoted on the way in
  private static final TableDef AUDIT_LOG = TableDef.of("AuditLog", List.of(
      column("id", integer()).notNull(),
      column("entryText", varchar(100)),
      new PrimaryKeyDef("PK_AuditLog", List.of("id")),
      index("IX_AuditLog_Entry", "entryText")));

  /** In creation order: parents before the tables referring to them; sequences beside the identity column. */
  private static final SchemaModel FIXTURE = new SchemaModel(List.of(PARENTS, CHILDREN, AUDIT_LOG),
      List.of(sequence("children_seq").incrementBy(50), sequence("Audit_Numbers").startWith(1000).incrementBy(5),
          sequence("big_seq").startWith(10_000_000_000L).incrementBy(1_000_000)));

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void readsBackWhatTheDialectCreated(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      SqlDialect dialect = Dialects.forJdbcUrl(db.url());
      List<String> ddl = new ArrayList<>();
      FIXTURE.sequences().forEach(q -> ddl.addAll(dialect.toSql(new CreateSequence(q))));
      FIXTURE.tables().forEach(t -> ddl.addAll(dialect.toSql(new CreateTable(t))));
      db.execute(ddl.toArray(String[]::new));

      SchemaModel schema;
      try (Connection connection = db.connect()) {
        schema = Introspectors.forDialect(dialect).introspect(connection);
      }

      assertThat(schema).isEqualTo(expected(kind));
    }
  }

  /**
   * The fixture in name order, as MariaDB holds it there: no primary key names, and a unique index is a
   * unique constraint.
   */
  private static SchemaModel expected(DatabaseKind kind) {
    List<TableDef> tables = List.of(AUDIT_LOG, CHILDREN, PARENTS);
    if (kind != DatabaseKind.MARIADB) {
      return new SchemaModel(tables, FIXTURE.sequences());
    }
    return new SchemaModel(tables.stream().map(IntrospectorRoundTripTest::asMariaDbHoldsIt).toList(),
        FIXTURE.sequences());
  }

  private static TableDef asMariaDbHoldsIt(TableDef table) {
    List<UniqueDef> uniques = new ArrayList<>(table.uniques());
    for (IndexDef index : table.indexes()) {
      if (index.unique()) {
        uniques.add(new UniqueDef(index.name(), index.columns()));
      }
    }
    uniques.sort(Comparator.comparing(UniqueDef::name));
    // MariaDB has no char and no time zone in datetime: the dialect writes what Hibernate writes there
    return table
        .withColumns(table.columns().stream().map(c -> switch (c.type().kind()) {
          case CHAR -> c.withType(ColumnType.sized(TypeKind.VARCHAR, c.type().length()));
          case TIMESTAMP_TZ -> c.withType(ColumnType.temporal(TypeKind.TIMESTAMP, c.type().precision()));
          default -> c;
        }).toList())
        .withPrimaryKey(new PrimaryKeyDef(null, table.primaryKey().columns()))
        .withUniques(uniques)
        .withIndexes(table.indexes().stream().filter(i -> !i.unique()).toList());
  }
}
