package dev.retort.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autogen.compare.SchemaComparator;
import dev.retort.autogen.compare.SchemaDiff;
import dev.retort.autogen.entity.EntityModels;
import dev.retort.autogen.entity.HibernateExport;
import dev.retort.autogen.introspect.EnumChecks;
import dev.retort.autogen.introspect.Introspectors;
import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The schema Retort creates for the sample entities is the schema Hibernate's own export creates, and
 * autogenerate finds nothing to do against either: no false differences.
 */
class HibernateEquivalenceTest {
  private static final String SAMPLE = "dev.retort.sample";
  private static final String BROAD = "dev.retort.autogen.broad";

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void retortAndHibernateCreateTheSameSchema(DatabaseKind kind) throws Exception {
    List<SchemaOp> initial = sameSchema(kind, SAMPLE);
    assertThat(initial).extracting(SchemaOp::describe).containsExactly(
        "create table languages", "create table licences", "create table packages",
        "create table package_languages", "create table releases", "create table downloads",
        "create table users", "create table maintainers");
  }

  /**
   * Every mapping shape at once: inheritance, element collections, secondary tables, composite keys, a
   * {@code @SequenceGenerator} and the sequence Hibernate makes for {@code @GeneratedValue}, named after
   * the table ({@code documents_SEQ}: MariaDB keeps the case, the others fold it).
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void everyMappingShapeConverges(DatabaseKind kind) throws Exception {
    // MariaDB's schemas are databases: Hibernate leaves @Table(schema) out there, and so does Retort
    List<String> expected = kind == DatabaseKind.MARIADB
        ? List.of("create sequence documents_SEQ", "create sequence ledger_ids", "create sequence payment_ids",
            "create table AuditEntry", "create table accounts", "create table account_emails",
            "create table account_profiles", "create table account_settings", "create table account_tags",
            "create table card_payments", "create table documents", "create table enrolments",
            "create table invoices", "create table ledger_entries", "create table products", "create table teams",
            "create table team_members", "create table vehicles")
        : List.of("create schema billing", "create sequence billing.ledger_ids", "create sequence documents_seq",
            "create sequence payment_ids", "create table AuditEntry", "create table accounts",
            "create table account_emails", "create table account_profiles", "create table account_settings",
            "create table account_tags", "create table billing.ledger_entries", "create table card_payments",
            "create table documents", "create table enrolments", "create table invoices", "create table products",
            "create table teams", "create table team_members", "create table vehicles");
    assertThat(sameSchema(kind, BROAD)).extracting(SchemaOp::describe).containsExactlyElementsOf(expected);
  }

  /**
   * Shapes Retort once got wrong against Hibernate's own export: composite keys in Hibernate's column
   * order, two element collections Hibernate gives one unique-key name, a descending index, a non-ASCII
   * column, defaults each database spells its own way, a table name PostgreSQL cuts at 63 bytes.
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void adoptedShapesConverge(DatabaseKind kind) throws Exception {
    String longName = "a_table_name_of_sixty_four_characters_which_postgres_cuts_at_63"
        + (kind == DatabaseKind.POSTGRESQL ? "" : "x");
    assertThat(sameSchema(kind, "dev.retort.autogen.adopted")).extracting(SchemaOp::describe).containsExactly(
        "create table " + longName, "create table grants", "create table pair", "create table realm", "create table membership",
        "create table realm_attribute", "create table realm_flag", "create table tag", "create table realm_tag");
  }

  /** Defaults come back from each database in its own spelling; none of them is a difference. */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void columnDefaultsConverge(DatabaseKind kind) throws Exception {
    assertThat(sameSchema(kind, "dev.retort.autogen.defaults")).extracting(SchemaOp::describe)
        .containsExactly("create table articles");
  }

  /** The application's naming strategy (Spring Boot's, here) shapes the names on both sides. */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void theApplicationsNamingStrategyIsHonoured(DatabaseKind kind) throws Exception {
    List<SchemaOp> created = sameSchema(kind, "dev.retort.autogen.naming", Map.of(
        "hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"));
    assertThat(created).extracting(SchemaOp::describe)
        .containsExactly("create sequence book_review_seq", "create table book_review");
    assertThat(((dev.retort.engine.op.CreateTable) created.get(1)).table().columns())
        .extracting(dev.retort.engine.schema.ColumnDef::name)
        .containsExactly("review_id", "published_on", "reviewer_name");
  }

  /**
   * Envers on the entities' class path adds an {@code _AUD} table per audited entity and {@code REVINFO},
   * whose key Hibernate generates natively: a sequence on PostgreSQL, identity on H2, auto_increment on
   * MariaDB. The audit tables refer to {@code REVINFO}, so it is created before them; MariaDB keeps
   * Envers' upper case, the others fold it.
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void enversAuditTablesConverge(DatabaseKind kind) throws Exception {
    assertThat(sameSchema(kind, "dev.retort.autogen.audited")).extracting(SchemaOp::describe).containsExactly(
        switch (kind) {
          case H2 -> new String[] {"create sequence audited_authors_seq", "create table audited_authors",
              "create table audited_books", "create table revinfo", "create table audited_authors_aud",
              "create table audited_books_aud"};
          case POSTGRESQL -> new String[] {"create sequence audited_authors_seq", "create sequence revinfo_seq",
              "create table audited_authors", "create table audited_books", "create table revinfo",
              "create table audited_authors_aud", "create table audited_books_aud"};
          case MARIADB -> new String[] {"create sequence audited_authors_SEQ", "create table REVINFO",
              "create table audited_authors", "create table audited_authors_AUD", "create table audited_books",
              "create table audited_books_AUD"};
        });
  }

  private List<SchemaOp> sameSchema(DatabaseKind kind, String entityPackage) throws Exception {
    return sameSchema(kind, entityPackage, Map.of());
  }

  private List<SchemaOp> sameSchema(DatabaseKind kind, String entityPackage, Map<String, String> settings)
      throws Exception {
    try (TestDatabase byHibernate = TestDatabase.create(kind); TestDatabase byRetort = TestDatabase.create(kind)) {
      SqlDialect dialect = Dialects.forJdbcUrl(byRetort.url());
      ClassLoader loader = getClass().getClassLoader();
      try (Connection c = byHibernate.connect()) {
        HibernateExport.create(c, loader, entityPackage, dialect, settings);
      }
      List<SchemaOp> initial;
      try (Connection c = byRetort.connect(); Statement s = c.createStatement()) {
        initial = new Autogenerator(dialect, TableSelection.ALL, settings).compare(c, entityPackage, loader).upgrade();
        for (SchemaOp op : initial) {
          for (String sql : dialect.toSql(op)) {
            s.execute(sql);
          }
        }
      }
      // PostgreSQL keeps an enum as varchar and a check, whose values Hibernate lists in declaration order and
      // Retort sorted: read both as the entities' enum, as autogenerate does
      SchemaModel entities;
      try (Connection c = byRetort.connect()) {
        entities = EntityModels.read(loader, entityPackage, dialect, c.getMetaData().getDatabaseMajorVersion(),
            c.getMetaData().getDatabaseMinorVersion(), settings);
      }
      SchemaModel hibernate = enums(introspect(byHibernate, dialect), entities, dialect);
      SchemaModel retort = enums(introspect(byRetort, dialect), entities, dialect);
      assertThat(retort.tables()).extracting(TableDef::name).isEqualTo(hibernate.tables().stream()
          .map(TableDef::name).toList());
      for (TableDef table : hibernate.tables()) {
        TableDef ours = retort.requireTable(table.name());
        assertThat(ours.columns()).as(table.name()).isEqualTo(table.columns());
        assertThat(keyColumns(ours)).as(table.name()).isEqualTo(keyColumns(table));
      }
      assertThat(retort.sequences()).isEqualTo(hibernate.sequences());
      SchemaComparator comparator = new SchemaComparator();
      assertThat(comparator.compare(hibernate, retort).upgrade()).as("retort -> hibernate").isEmpty();
      assertThat(comparator.compare(retort, hibernate).upgrade()).as("hibernate -> retort").isEmpty();

      assertThat(autogen(byRetort, dialect, entityPackage, settings).upgrade()).as("autogen after Retort's schema")
          .isEmpty();
      assertThat(autogen(byHibernate, dialect, entityPackage, settings).upgrade())
          .as("autogen after Hibernate's schema").isEmpty();
      return initial;
    }
  }

  private static SchemaModel enums(SchemaModel stored, SchemaModel entities, SqlDialect dialect) {
    return stored.withTables(stored.tables().stream().map(t -> entities.table(t.name())
        .map(wanted -> EnumChecks.fold(t, wanted, dialect)).orElse(t)).toList());
  }

  private static List<String> keyColumns(TableDef table) {
    return table.primaryKey() == null ? null : table.primaryKey().columns();
  }

  private static SchemaModel introspect(TestDatabase db, SqlDialect dialect) throws Exception {
    try (Connection c = db.connect()) {
      return Introspectors.forDialect(dialect).introspect(c);
    }
  }

  private SchemaDiff autogen(TestDatabase db, SqlDialect dialect, String entityPackage,
      Map<String, String> settings) throws Exception {
    try (Connection c = db.connect()) {
      return new Autogenerator(dialect, TableSelection.ALL, settings)
          .compare(c, entityPackage, getClass().getClassLoader());
    }
  }
}
