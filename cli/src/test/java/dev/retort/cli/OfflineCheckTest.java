package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code check --offline} replays the migrations in memory and compares the entities with what they build, for
 * each database, with no database reachable: the URL the project names points to a closed port.
 */
class OfflineCheckTest {
  /** Nothing listens on port 1: a connection attempt would fail the command. */
  private static final Map<String, String> UNREACHABLE = Map.of("RETORT_URL", "jdbc:postgresql://127.0.0.1:1/app");

  @TempDir
  Path dir;

  private Path v1;
  private Path project;

  @BeforeEach
  void migrationsOfTheSampleEntities() throws Exception {
    v1 = SampleEntities.compile(dir.resolve("v1"));
    project = Files.createDirectories(dir.resolve("project"));
    CliRunner cli = new CliRunner(project);
    assertThat(cli.run("init").exitCode()).isZero();
    // written against the embedded H2 file: the one migration chain serves every database
    CliRunner.Result autogen = cli.run("autogen", "--entities", "dev.retort.sample", "--classpath", v1.toString(),
        "-m", "create package index", "--rev-id", "aaaaaaaaaaa1");
    assertThat(autogen.exitCode()).as(autogen.toString()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb", "h2"})
  void theSampleMigrationsBuildTheEntitiesSchema(String dialect) {
    CliRunner.Result check = offline().run("check", "--offline", "--dialect", dialect, "--entities",
        "dev.retort.sample", "--classpath", v1.toString());
    String database = switch (dialect) {
      case "postgresql" -> "PostgreSQL 15";
      case "mariadb" -> "MariaDB 10.11";
      default -> "H2 2.5";
    };
    assertThat(check.exitCode()).as(check.toString()).isZero();
    assertThat(check.out()).isEqualTo("In step: the migrations up to aaaaaaaaaaa1 build the entities' schema"
        + " (checked offline for " + database + ").\n");
    assertThat(check.err()).isEmpty();
  }

  @Test
  void aUrlForNoDatabaseRetortKnowsIsIgnoredToo() {
    CliRunner.Result check = new CliRunner(project).withVariables(Map.of("RETORT_URL", "jdbc:sqlserver://db/app"))
        .run("check", "--offline", "--dialect", "h2", "--entities", "dev.retort.sample", "--classpath",
            v1.toString());
    assertThat(check.exitCode()).as(check.toString()).isZero();
    assertThat(check.out()).isEqualTo("In step: the migrations up to aaaaaaaaaaa1 build the entities' schema"
        + " (checked offline for H2 2.5).\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb", "h2"})
  void anEntityChangeWithoutItsMigrationIsFound(String dialect) throws Exception {
    Path v2 = SampleEntities.compile(dir.resolve("v2"), """
        @Column(name = "subtitle", length = 80)
          private String subtitle;
        """);
    CliRunner.Result check = offline().run("check", "--offline", "--dialect", dialect, "--entities",
        "dev.retort.sample", "--classpath", v2.toString());
    assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
    assertThat(check.out()).isEqualTo("The entities differ from the migrations: add column packages.subtitle"
        + " (run `retort autogen`).\n");
    assertThat(check.err()).isEmpty();
  }

  /** Without a URL the default is an H2 file in the project: it is not created. */
  @Test
  void withoutAnyUrlNothingConnectsEither() throws Exception {
    try (Stream<Path> files = Files.list(project)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith("retort-db")).toList()) {
        Files.delete(file);
      }
    }
    CliRunner.Result check = new CliRunner(project).run("check", "--offline", "--dialect", "h2", "--entities",
        "dev.retort.sample", "--classpath", v1.toString());
    assertThat(check.exitCode()).as(check.toString()).isZero();
    assertThat(check.err()).isEmpty();
    try (Stream<Path> files = Files.list(project)) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.startsWith("retort-db"));
    }
  }

  @Test
  void revisionsWithRawSqlAreNamed() throws Exception {
    Path migration;
    try (Stream<Path> files = Files.list(project.resolve("migrations"))) {
      migration = files.filter(f -> f.toString().endsWith("_CreatePackageIndex.java")).findFirst().orElseThrow();
    }
    Files.writeString(migration, Files.readString(migration).replace("public void upgrade(Ops op) {",
        "public void upgrade(Ops op) {\n    op.execute(\"CREATE VIEW v AS SELECT 1\", \"DROP VIEW v\");"));
    CliRunner.Result check = offline().run("check", "--offline", "--dialect", "postgresql", "--entities",
        "dev.retort.sample", "--classpath", v1.toString());
    assertThat(check.exitCode()).as(check.toString()).isZero();
    assertThat(check.out().replaceAll("M\\d{8}_\\d{6}_", "M_")).isEqualTo("""
        warning: aaaaaaaaaaa1 (M_CreatePackageIndex) holds raw SQL or JDBC code, which a replay in memory cannot\
         follow: a schema change made there is not compared.
        In step: the migrations up to aaaaaaaaaaa1 build the entities' schema (checked offline for PostgreSQL 15).
        """);
  }

  /**
   * A broad model (checks from Bean Validation, computed columns, a named schema, sequences, JSON) generated on
   * one database passes there offline; Hibernate joins a column's @Min and @Max checks in either order.
   */
  @Test
  void aBroadModelPassesOnTheDatabaseItWasGeneratedOn() throws Exception {
    Path broad = ScenarioSupport.compileAutogenTestPackage("dev.retort.autogen.broad", dir.resolve("broad"));
    CliRunner cli = new CliRunner(Files.createDirectories(dir.resolve("broad-project")));
    assertThat(cli.run("init").exitCode()).isZero();
    assertThat(cli.run("autogen", "--entities", "dev.retort.autogen.broad", "--classpath", broad.toString(), "-m",
        "broad", "--rev-id", "bbbbbbbbbbb1").exitCode()).isZero();
    CliRunner.Result check = cli.withVariables(UNREACHABLE).run("check", "--offline", "--dialect", "h2",
        "--entities", "dev.retort.autogen.broad", "--classpath", broad.toString());
    assertThat(check.exitCode()).as(check.toString()).isZero();
    assertThat(check.out()).isEqualTo("In step: the migrations up to bbbbbbbbbbb1 build the entities' schema"
        + " (checked offline for H2 2.5).\n");
  }

  @Test
  void severalHeadsAreJoinedFirst() throws Exception {
    CliRunner cli = offline();
    assertThat(cli.run("revision", "-m", "one branch", "--rev-id", "bbbbbbbbbbb2").exitCode()).isZero();
    Files.writeString(project.resolve("migrations/M20260101_000000_OtherBranch.java"), """
        package migrations;

        import dev.retort.engine.migration.Migration;
        import dev.retort.engine.migration.Ops;
        import dev.retort.engine.migration.Revision;

        @Revision(id = "cccccccccccc", parents = "aaaaaaaaaaa1", message = "other branch")
        public final class M20260101_000000_OtherBranch implements Migration {
          @Override
          public void upgrade(Ops op) {}

          @Override
          public void downgrade(Ops op) {}
        }
        """);
    CliRunner.Result check = cli.run("check", "--offline", "--dialect", "mariadb", "--entities",
        "dev.retort.sample", "--classpath", v1.toString());
    assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
    assertThat(check.out()).isEqualTo("The migrations have 2 heads (cccccccccccc, bbbbbbbbbbb2): join them with"
        + " `retort merge -m \"...\"`.\n");
    assertThat(check.err()).isEmpty();
  }

  private CliRunner offline() {
    return new CliRunner(project).withVariables(UNREACHABLE);
  }
}
