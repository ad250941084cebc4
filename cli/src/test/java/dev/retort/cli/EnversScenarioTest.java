package dev.retort.cli;

import static dev.retort.cli.ScenarioSupport.args;
import static dev.retort.cli.ScenarioSupport.rows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autogen.entity.EntityScanner;
import dev.retort.autogen.introspect.Introspectors;
import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Audited entities, compiled with Envers on their class path as a user's build compiles them: autogenerate
 * writes their audit tables and {@code REVINFO}; after the upgrade Envers, validating the schema, records
 * a revision; nothing is left to generate; base leaves nothing behind.
 */
class EnversScenarioTest {
  private static final String AUDITED = "dev.retort.autogen.audited";

  @TempDir
  Path dir;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void auditTablesAreGeneratedAndApplied(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Path classes = ScenarioSupport.compileAutogenTestPackage(AUDITED, dir.resolve("classes"));
      Path project = Files.createDirectories(dir.resolve("project"));
      CliRunner cli = new CliRunner(project);
      String[] database = {"--url", db.url(), "--user", db.user(), "--password", db.password()};

      assertThat(cli.run("init").exitCode()).isZero();
      CliRunner.Result first = cli.run(args(database, "autogen", "--entities", AUDITED,
          "--classpath", classes.toString(), "-m", "audit books", "--rev-id", "aaaaaaaaaaa1"));
      assertThat(first.exitCode()).as(first.toString()).isZero();
      assertThat(first.out().lines().findFirst().orElseThrow())
          .matches("Wrote migrations/M\\d{8}_\\d{6}_AuditBooks.java \\(revision aaaaaaaaaaa1\\)");
      assertThat(first.out().lines().skip(1)).containsExactly(switch (kind) {
        case H2 -> new String[] {"  + create sequence audited_authors_seq", "  + create table audited_authors",
            "  + create table audited_books", "  + create table revinfo", "  + create table audited_authors_aud",
            "  + create table audited_books_aud"};
        case POSTGRESQL -> new String[] {"  + create sequence audited_authors_seq",
            "  + create sequence revinfo_seq", "  + create table audited_authors", "  + create table audited_books",
            "  + create table revinfo", "  + create table audited_authors_aud", "  + create table audited_books_aud"};
        case MARIADB -> new String[] {"  + create sequence audited_authors_SEQ", "  + create table REVINFO",
            "  + create table audited_authors", "  + create table audited_authors_AUD",
            "  + create table audited_books", "  + create table audited_books_AUD"};
      });
      CliRunner.Result upgrade = cli.run(args(database, "upgrade", "head"));
      assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();

      persistABookWithEnvers(db, classes);
      assertThat(rows(db, "SELECT REV FROM REVINFO")).containsExactly("1");
      assertThat(rows(db, "SELECT REV, REVTYPE, title, author_id FROM audited_books_AUD"))
          .containsExactly("1|0|Dune|1");
      assertThat(rows(db, "SELECT REV, REVTYPE, name FROM audited_authors_AUD")).containsExactly("1|0|Herbert");

      CliRunner.Result again = cli.run(args(database, "autogen", "--entities", AUDITED,
          "--classpath", classes.toString(), "-m", "nothing"));
      assertThat(again.exitCode()).as(again.toString()).isZero();
      assertThat(again.out()).isEqualTo("No changes: the database matches the entities in " + AUDITED
          + ". Nothing was written.\n");

      CliRunner.Result down = cli.run(args(database, "downgrade", "base"));
      assertThat(down.exitCode()).as(down.toString()).isZero();
      try (Connection c = db.connect()) {
        // the version table is left out of introspection, so this is everything but it
        SchemaModel left = Introspectors.forDialect(Dialects.forJdbcUrl(db.url())).introspect(c);
        assertThat(left).isEqualTo(SchemaModel.EMPTY);
      }
    }
  }

  /** Envers' own settings ({@code org.hibernate.envers.*}) in retort.properties name the audit tables. */
  @Test
  void enversSettingsNameTheAuditTables() throws Exception {
    try (TestDatabase db = TestDatabase.create(DatabaseKind.H2)) {
      Path classes = ScenarioSupport.compileAutogenTestPackage(AUDITED, dir.resolve("classes"));
      Path project = Files.createDirectories(dir.resolve("project"));
      CliRunner cli = new CliRunner(project);
      assertThat(cli.run("init").exitCode()).isZero();
      Files.writeString(project.resolve("retort.properties"), "org.hibernate.envers.audit_table_suffix=_history\n",
          StandardOpenOption.APPEND);

      CliRunner.Result result = cli.run("autogen", "--entities", AUDITED, "--classpath", classes.toString(),
          "-m", "audit books", "--url", db.url(), "--user", db.user(), "--password", db.password());
      assertThat(result.exitCode()).as(result.toString()).isZero();
      assertThat(result.out().lines().skip(1)).containsExactly("  + create sequence audited_authors_seq",
          "  + create table audited_authors", "  + create table audited_books", "  + create table revinfo",
          "  + create table audited_authors_history", "  + create table audited_books_history");
    }
  }

  /** Hibernate with Envers, validating the schema it finds, stores an author and a book in one revision. */
  private static void persistABookWithEnvers(TestDatabase db, Path classes) throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        EnversScenarioTest.class.getClassLoader())) {
      StandardServiceRegistry registry = ScenarioSupport.validatingHibernate(db, loader).build();
      MetadataSources sources = new MetadataSources(registry);
      EntityScanner.scan(loader, AUDITED).forEach(sources::addAnnotatedClass);
      Object author = entity(loader, "Author", "name", "Herbert");
      Object book = entity(loader, "Book", "id", 1L, "title", "Dune", "author", author);
      try (SessionFactory factory = sources.buildMetadata().buildSessionFactory()) {
        factory.inTransaction(session -> {
          session.persist(author);
          session.persist(book);
        });
      } finally {
        StandardServiceRegistryBuilder.destroy(registry);
      }
    }
  }

  private static Object entity(ClassLoader loader, String simpleName, Object... fieldsAndValues)
      throws Exception {
    Class<?> type = Class.forName(AUDITED + "." + simpleName, true, loader);
    Object entity = type.getConstructor().newInstance();
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      Field field = type.getDeclaredField((String) fieldsAndValues[i]);
      field.setAccessible(true);
      field.set(entity, fieldsAndValues[i + 1]);
    }
    return entity;
  }
}
