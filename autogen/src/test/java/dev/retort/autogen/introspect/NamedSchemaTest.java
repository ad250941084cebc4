package dev.retort.autogen.introspect;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.check;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.foreignKey;
import static dev.retort.engine.migration.Dsl.index;
import static dev.retort.engine.migration.Dsl.primaryKey;
import static dev.retort.engine.migration.Dsl.sequence;
import static dev.retort.engine.migration.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.autogen.compare.SchemaComparator;
import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.dialect.MariaDbDialect;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.migration.Ops;
import dev.retort.engine.op.CreateSchema;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Tables, keys, indexes, checks and sequences in a named schema, with keys across schemas both ways: the
 * dialect's DDL creates them, introspection reads them back as written, and the reverses leave nothing.
 */
class NamedSchemaTest {
  private static List<SchemaOp> ops() {
    return new Ops()
        .createSchema("billing")
        .createSequence(sequence("billing.entry_ids").incrementBy(10))
        .createTable("licences", column("id", bigint()).notNull(), column("name", varchar(50)), primaryKey("id"))
        .createTable("billing.entries", column("id", bigint()).notNull(), column("licence_id", bigint()),
            column("amount", bigint()), primaryKey("id"),
            foreignKey("fk_entries_licence", "licence_id", "licences", "id"),
            check("ck_entries_amount", "amount > 0"), index("ix_entries_amount", "amount"))
        .createTable("notes", column("id", bigint()).notNull(), column("entry_id", bigint()), primaryKey("id"),
            foreignKey("fk_notes_entry", "entry_id", "billing.entries", "id"))
        .setTableComment("billing.entries", null, "Booked amounts")
        .recorded();
  }

  @ParameterizedTest
  @EnumSource(value = DatabaseKind.class, names = {"H2", "POSTGRESQL"})
  void aNamedSchemaReadsBackAsWrittenAndGoesAway(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind); Connection c = db.connect()) {
      SqlDialect dialect = Dialects.forJdbcUrl(db.url());
      SchemaIntrospector introspector = Introspectors.forDialect(dialect);
      List<SchemaOp> ops = ops();
      SchemaModel written = SchemaModel.EMPTY;
      for (SchemaOp op : ops) {
        written = op.applyTo(written);
      }
      apply(c, dialect, ops);

      SchemaModel read = introspector.introspect(c, TableFilter.DEFAULT, Set.of("billing"));

      assertThat(read.schemas()).containsExactly("billing");
      assertThat(read.tables()).extracting(TableDef::name).containsExactly("billing.entries", "licences", "notes");
      assertThat(read.sequences()).isEqualTo(written.sequences());
      assertThat(read.requireTable("billing.entries").comment()).isEqualTo("Booked amounts");
      assertThat(read.requireTable("notes").foreignKeys().get(0).referencedTable()).isEqualTo("billing.entries");
      assertThat(read.requireTable("billing.entries").foreignKeys().get(0).referencedTable()).isEqualTo("licences");
      assertThat(introspector.introspect(c).tables()).as("only the default schema unless asked")
          .extracting(TableDef::name).containsExactly("licences", "notes");
      // checks are spelled by the database on one side only: compare the rest
      assertThat(new SchemaComparator().compare(withoutChecks(written), withoutChecks(read)).upgrade()).isEmpty();

      List<SchemaOp> reverses = new ArrayList<>();
      for (int i = ops.size() - 1; i >= 0; i--) {
        reverses.add(ops.get(i).reverse());
      }
      apply(c, dialect, reverses);
      SchemaModel gone = introspector.introspect(c, TableFilter.DEFAULT, Set.of("billing"));
      assertThat(gone.tables()).isEmpty();
      assertThat(gone.sequences()).isEmpty();
      assertThat(gone.schemas()).isEmpty();
    }
  }

  @Test
  void mariaDbRefusesSchemaOperations() {
    assertThatThrownBy(() -> new MariaDbDialect().toSql(new CreateSchema("billing")))
        .hasMessage("createSchema(\"billing\") cannot run on MariaDB: its schemas are databases, and Hibernate"
            + " leaves @Table(schema) out there. Remove the operation from the migration.");
  }

  private static SchemaModel withoutChecks(SchemaModel schema) {
    return schema.withTables(schema.tables().stream().map(t -> t.withChecks(List.of())).toList());
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
