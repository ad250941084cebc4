package dev.retort.cli;

import static dev.retort.cli.ScenarioSupport.args;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autogen.entity.EntityScanner;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The README's way from {@code ddl-auto} (or Flyway) to Retort, as a user takes it: a database Hibernate
 * created, with rows and another tool's history table in it; the baseline migration written against an empty
 * database; {@code stamp head} on the existing one; then autogenerate finds nothing there, {@code check}
 * passes, and the other tool's table and the rows are still there.
 */
class AdoptionScenarioTest {
  private static final String ADOPTED = "dev.retort.autogen.adopted";

  @TempDir
  Path dir;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aDatabaseHibernateCreatedIsAdoptedWithoutASingleOperation(DatabaseKind kind) throws Exception {
    try (TestDatabase existing = TestDatabase.create(kind); TestDatabase empty = TestDatabase.create(kind)) {
      Path classes = ScenarioSupport.compileAutogenTestPackage(ADOPTED, dir.resolve("classes"));
      createWithHibernate(existing, classes);
      existing.execute("insert into realm (id, name) values (1, 'main')",
          "create table flyway_schema_history (installed_rank integer not null primary key, version varchar(50))",
          "insert into flyway_schema_history values (1, '1')");
      CliRunner cli = new CliRunner(Files.createDirectories(dir.resolve("project")));
      String[] there = {"--url", existing.url(), "--user", existing.user(), "--password", existing.password()};
      String[] scratch = {"--url", empty.url(), "--user", empty.user(), "--password", empty.password()};
      String[] entities = {"--entities", ADOPTED, "--classpath", classes.toString()};

      CliRunner.Result baseline = cli.run(args(scratch, concat(List.of("autogen", "-m", "baseline"), entities)));
      assertThat(baseline.exitCode()).as(baseline.toString()).isZero();
      CliRunner.Result stamp = cli.run(args(there, "stamp", "head"));
      assertThat(stamp.exitCode()).as(stamp.toString()).isZero();

      CliRunner.Result again = cli.run(args(there, concat(List.of("autogen", "-m", "nothing"), entities)));
      assertThat(again.out()).as(again.toString())
          .isEqualTo("No changes: the database matches the entities in " + ADOPTED + ". Nothing was written.\n");
      CliRunner.Result check = cli.run(args(there, concat(List.of("check"), entities)));
      assertThat(check.exitCode()).as(check.toString()).isZero();

      assertThat(ScenarioSupport.rows(existing, "select name from realm")).containsExactly("main");
      assertThat(ScenarioSupport.rows(existing, "select version from flyway_schema_history")).containsExactly("1");

      // the same chain builds the schema from nothing, for a new environment or a test
      CliRunner.Result upgrade = cli.run(args(scratch, "upgrade", "head"));
      assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
      CliRunner.Result checkNew = cli.run(args(scratch, concat(List.of("check"), entities)));
      assertThat(checkNew.exitCode()).as(checkNew.toString()).isZero();
    }
  }

  private static String[] concat(List<String> command, String... more) {
    List<String> all = new java.util.ArrayList<>(command);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  /** {@code hibernate.hbm2ddl.auto=create}, as {@code spring.jpa.hibernate.ddl-auto=create} runs it. */
  private static void createWithHibernate(TestDatabase db, Path classes) throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        AdoptionScenarioTest.class.getClassLoader())) {
      StandardServiceRegistry registry = ScenarioSupport.validatingHibernate(db, loader,
          "hibernate.hbm2ddl.auto", "create",
          "hibernate.query.mutation_strategy.global_temporary.create_tables", "false").build();
      try {
        MetadataSources sources = new MetadataSources(registry);
        EntityScanner.scan(loader, ADOPTED).forEach(sources::addAnnotatedClass);
        sources.buildMetadata().buildSessionFactory().close();
      } finally {
        StandardServiceRegistryBuilder.destroy(registry);
      }
    }
  }
}
