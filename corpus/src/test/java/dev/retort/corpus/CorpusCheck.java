package dev.retort.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autogen.Autogenerator;
import dev.retort.autogen.compare.Renames;
import dev.retort.autogen.discovery.DiscoveredEntities;
import dev.retort.autogen.TableSelection;
import dev.retort.autogen.compare.SchemaDiff;
import dev.retort.autogen.entity.EntityMetadata;
import dev.retort.autogen.entity.HibernateExport;
import dev.retort.autogen.introspect.Introspectors;
import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.assertj.core.api.SoftAssertions;

/** The three checks every corpus model goes through on every database. */
final class CorpusCheck {
  private final CorpusModel model;
  private final TableSelection selection;

  /** @param selection what the project's tooling owns besides the model is excluded here (Liquibase's tables) */
  CorpusCheck(CorpusModel model, TableSelection selection) {
    this.model = model;
    this.selection = selection;
  }

  CorpusCheck(CorpusModel model) {
    this(model, TableSelection.ALL);
  }

  /**
   * Retort's initial migration, applied to an empty database, builds what Hibernate's own export builds,
   * object by object (key column order included). Returns the migration.
   */
  List<SchemaOp> initialMigrationIsHibernatesExport(DatabaseKind kind) throws Exception {
    try (TestDatabase byHibernate = TestDatabase.create(kind); TestDatabase byRetort = TestDatabase.create(kind)) {
      exportWithHibernate(byHibernate);
      List<SchemaOp> initial = autogen(byRetort).upgrade();
      apply(byRetort, initial);
      // the export and autogenerate each build the metadata, and builds may order same-size columns apart
      List<String> hibernate = SchemaShape.of(introspect(byHibernate), false, false);
      List<String> retort = SchemaShape.of(introspect(byRetort), false, false);
      assertThat(SchemaShape.difference(hibernate, retort)).as(model.name() + " on " + kind
          + ": what Hibernate's export has (-) and Retort's migration has (+)").isEmpty();
      assertThat(SchemaShape.firstOutOfOrder(hibernate, retort)).as(model.name() + " on " + kind
          + ": the same objects; where Hibernate's order (first) and Retort's (second) part").isEmpty();
      return initial;
    }
  }

  /** Hibernate's own export of the model, run on an empty database; fails where the model cannot run. */
  void exportWithHibernate(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      exportWithHibernate(db);
    }
  }

  /** What autogenerate proposes against the database Hibernate's own export created. */
  List<SchemaOp> autogenAfterHibernatesExport(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      exportWithHibernate(db);
      List<SchemaOp> ops = autogen(db).upgrade();
      report("Hibernate's export", kind, ops);
      return ops;
    }
  }

  /**
   * Against the project's own schema holding sample rows: autogen proposes exactly {@code expected}; the
   * migration applies over the rows and leaves nothing more to do; its downgrade restores the project's
   * schema exactly.
   */
  void projectSchemaMigrates(DatabaseKind kind, ProjectSchema schema, SampleRows rows, List<String> expected)
      throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      schema.create(db);
      rows.insert(db);
      SchemaModel before = introspect(db);
      List<String> indexesBefore = postgresIndexDefinitions(db);
      SchemaDiff diff = autogen(db);
      report("project schema", kind, diff.upgrade());
      SoftAssertions soft = new SoftAssertions();
      soft.assertThat(diff.upgrade()).extracting(SchemaOp::describe).as(model.name() + " on " + kind
          + ": autogen against the project's schema").containsExactlyElementsOf(expected);
      try {
        apply(db, diff.upgrade());
        soft.assertThat(autogen(db).upgrade()).extracting(SchemaOp::describe)
            .as(model.name() + " on " + kind + ": autogen after the migration").isEmpty();
        apply(db, diff.downgrade());
        soft.assertThat(SchemaShape.difference(SchemaShape.of(before, true), SchemaShape.of(introspect(db), true)))
            .as(model.name() + " on " + kind + ": the project's schema (-) and what the downgrade left (+)").isEmpty();
        soft.assertThat(SchemaShape.difference(indexesBefore, postgresIndexDefinitions(db)))
            .as(model.name() + " on " + kind + ": index definitions before (-) and after the downgrade (+)").isEmpty();
      } catch (SQLException e) {
        soft.fail(model.name() + " on " + kind + ": the migration does not apply: " + e.getMessage());
      }
      soft.assertAll();
    }
  }

  /** One line per proposed operation on standard output: the corpus's findings, readable in the test log. */
  private void report(String against, DatabaseKind kind, List<SchemaOp> ops) {
    StringBuilder out = new StringBuilder("corpus " + model.name() + " on " + kind + " against " + against + ": "
        + ops.size() + " operations");
    ops.forEach(op -> out.append("\n  ").append(op.describe()));
    System.out.println(out);
  }

  private void exportWithHibernate(TestDatabase db) throws SQLException {
    SqlDialect dialect = Dialects.forJdbcUrl(db.url());
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      for (String sql : model.sessionSql().getOrDefault(db.kind(), List.of())) {
        s.execute(sql);
      }
      DatabaseMetaData meta = c.getMetaData();
      ClassLoader loader = getClass().getClassLoader();
      try (EntityMetadata metadata = EntityMetadata.build(model.classes(), loader, dialect,
          meta.getDatabaseMajorVersion(), meta.getDatabaseMinorVersion(), model.settings())) {
        for (String sql : HibernateExport.statements(metadata)) {
          try {
            s.execute(sql);
          } catch (SQLException e) {
            throw new SQLException("Hibernate's export failed at " + sql + ": " + e.getMessage(), e);
          }
        }
      }
    }
  }

  SchemaDiff autogen(TestDatabase db) throws SQLException {
    try (Connection c = db.connect()) {
      return new Autogenerator(Dialects.forJdbcUrl(db.url()), selection, model.settings())
          .compare(c, DiscoveredEntities.of(getClass().getClassLoader(), model.classes()), Renames.NONE);
    }
  }

  static void apply(TestDatabase db, List<SchemaOp> ops) throws SQLException {
    SqlDialect dialect = Dialects.forJdbcUrl(db.url());
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      for (SchemaOp op : ops) {
        for (String sql : dialect.toSql(op)) {
          try {
            s.execute(sql);
          } catch (SQLException e) {
            throw new SQLException("failed at " + op.describe() + ": " + sql + ": " + e.getMessage(), e);
          }
        }
      }
    }
  }

  /**
   * PostgreSQL's own spelling of every index (access method included, which the schema model does not
   * hold: a hash index that comes back as a btree one is not the project's schema); empty elsewhere.
   */
  private static List<String> postgresIndexDefinitions(TestDatabase db) throws SQLException {
    if (db.kind() != DatabaseKind.POSTGRESQL) {
      return List.of();
    }
    List<String> definitions = new java.util.ArrayList<>();
    try (Connection c = db.connect(); Statement s = c.createStatement();
        java.sql.ResultSet rs = s.executeQuery("SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()"
            + " ORDER BY tablename, indexname")) {
      while (rs.next()) {
        definitions.add(rs.getString(1));
      }
    }
    return definitions;
  }

  static SchemaModel introspect(TestDatabase db) throws SQLException {
    try (Connection c = db.connect()) {
      return Introspectors.forDialect(Dialects.forJdbcUrl(db.url())).introspect(c);
    }
  }
}
