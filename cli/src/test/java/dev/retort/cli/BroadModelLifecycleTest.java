package dev.retort.cli;

import static dev.retort.cli.ScenarioSupport.args;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autogen.entity.EntityScanner;
import dev.retort.autogen.introspect.Introspectors;
import dev.retort.autogen.introspect.TableFilter;
import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Set;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.SchemaToolingSettings;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The broad test model (every mapping shape, checks, sequences, a named schema, JSON) through the command
 * line: the initial migration upgrades an empty database to a schema Hibernate's own validator accepts with
 * index and unique-key validation on, autogenerate then finds nothing, and base leaves only the version table.
 */
class BroadModelLifecycleTest {
  private static final String BROAD = "dev.retort.autogen.broad";

  @TempDir
  Path dir;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void upgradeValidateAutogenDowngrade(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Path classes = ScenarioSupport.compileAutogenTestPackage(BROAD, dir.resolve("classes"));
      CliRunner cli = new CliRunner(Files.createDirectories(dir.resolve("project")));
      String[] database = {"--url", db.url(), "--user", db.user(), "--password", db.password()};

      CliRunner.Result first = cli.run(args(database, "autogen", "--entities", BROAD, "--classpath",
          classes.toString(), "-m", "broad model"));
      assertThat(first.exitCode()).as(first.toString()).isZero();
      CliRunner.Result upgrade = cli.run(args(database, "upgrade", "head"));
      assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();

      validateWithHibernate(db, classes, kind);

      CliRunner.Result again = cli.run(args(database, "autogen", "--entities", BROAD, "--classpath",
          classes.toString(), "-m", "nothing"));
      assertThat(again.out()).as(again.toString()).isEqualTo("No changes: the database matches the entities in "
          + BROAD + ". Nothing was written.\n");

      CliRunner.Result down = cli.run(args(database, "downgrade", "base"));
      assertThat(down.exitCode()).as(down.toString()).isZero();
      try (Connection c = db.connect()) {
        SchemaModel left = Introspectors.forDialect(Dialects.forJdbcUrl(db.url()))
            .introspect(c, TableFilter.DEFAULT, Set.of("billing"));
        assertThat(left).as("nothing but the version table, which introspection leaves out")
            .isEqualTo(SchemaModel.EMPTY);
      }
    }
  }

  /** Hibernate's schema validation, indexes and unique keys included, builds a session factory or throws. */
  private static void validateWithHibernate(TestDatabase db, Path classes, DatabaseKind kind) throws Exception {
    // On H2 Hibernate's validator fails against Hibernate's own export: it compares index columns by their
    // text as written (H2's catalog has them upper-cased) and finds no unique key outside the default schema
    String constraints = kind == DatabaseKind.H2 ? "NONE" : "ALL";
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        BroadModelLifecycleTest.class.getClassLoader())) {
      StandardServiceRegistry registry = ScenarioSupport.validatingHibernate(db, loader,
          SchemaToolingSettings.INDEX_VALIDATION, constraints,
          SchemaToolingSettings.UNIQUE_KEY_VALIDATION, constraints,
          // else Hibernate leaves global temporary tables (HTE_*) on H2, which keep downgrade from the schema
          "hibernate.query.mutation_strategy.global_temporary.create_tables", "false").build();
      try {
        MetadataSources sources = new MetadataSources(registry);
        EntityScanner.scan(loader, BROAD).forEach(sources::addAnnotatedClass);
        sources.buildMetadata().buildSessionFactory().close();
      } finally {
        StandardServiceRegistryBuilder.destroy(registry);
      }
    }
  }
}
