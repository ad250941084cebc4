package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.Golden;
import dev.retort.engine.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code retort review} as a user runs it: the sample entities' initial migration (as autogen writes it for
 * PostgreSQL) and a risky change set after it, offline in both formats and against PostgreSQL with rows.
 */
class ReviewCommandTest {
  private static final Path INITIAL = Path.of(
      "../autogen/src/test/resources/golden/sample/postgresql/M20261124_101500_CreatePackageIndex.java");

  /** Nine operations: two lose data, four need care on PostgreSQL, three are safe. */
  private static final String RISKY = """
      package migrations;

      import static dev.retort.engine.migration.Dsl.*;

      import dev.retort.engine.migration.Migration;
      import dev.retort.engine.migration.Ops;
      import dev.retort.engine.migration.Revision;

      @Revision(id = "b2c3d4e5f6a7", parents = "a1b2c3d4e5f6", message = "tidy packages and releases")
      public final class M20261125_090000_TidyPackagesAndReleases implements Migration {
        @Override
        public void upgrade(Ops op) {
          op.addColumn("packages", column("keywords", varchar(500)));
          op.alterColumn("packages", column("summary", varchar(255)), column("summary", varchar(255)).notNull());
          op.alterColumn("packages", column("home_page", varchar(500)), column("home_page", varchar(200)));
          op.alterColumn("licences", column("url", varchar(500)), column("url", varchar(1000)));
          op.createIndex("packages", index("ix_packages_created", "created"));
          op.renameColumn("packages", "docs_url", "documentation_url");
          op.dropCheck("releases", check("ck_releases_kind", "kind in ('SOURCE','WHEEL','BINARY')"));
          op.addCheck("releases", check("ck_releases_kind", "kind in ('SOURCE','WHEEL','BINARY','EGG')"));
          op.dropColumn("users", column("last_login", timestampTz(6)));
        }

        @Override
        public void downgrade(Ops op) {
          op.addColumn("users", column("last_login", timestampTz(6)));
          op.dropCheck("releases", check("ck_releases_kind", "kind in ('SOURCE','WHEEL','BINARY','EGG')"));
          op.addCheck("releases", check("ck_releases_kind", "kind in ('SOURCE','WHEEL','BINARY')"));
          op.renameColumn("packages", "documentation_url", "docs_url");
          op.dropIndex("packages", index("ix_packages_created", "created"));
          op.alterColumn("licences", column("url", varchar(1000)), column("url", varchar(500)));
          op.alterColumn("packages", column("home_page", varchar(200)), column("home_page", varchar(500)));
          op.alterColumn("packages", column("summary", varchar(255)).notNull(), column("summary", varchar(255)));
          op.dropColumn("packages", column("keywords", varchar(500)));
        }
      }
      """;

  @TempDir
  Path dir;

  private CliRunner project(boolean risky) throws Exception {
    CliRunner cli = new CliRunner(dir);
    assertThat(cli.run("init").exitCode()).isZero();
    Files.writeString(dir.resolve("migrations/M20261124_101500_CreatePackageIndex.java"),
        Files.readString(INITIAL).replace("package com.example.migrations;", "package migrations;"));
    if (risky) {
      Files.writeString(dir.resolve("migrations/M20261125_090000_TidyPackagesAndReleases.java"), RISKY);
    }
    return cli;
  }

  @Test
  void theInitialMigrationIsSafe() throws Exception {
    CliRunner cli = project(false);
    CliRunner.Result markdown = cli.run("review", "--dialect", "postgresql", "--fail-on", "caution");
    assertThat(markdown.exitCode()).as(markdown.toString()).isZero();
    assertThat(markdown.err()).isEmpty();
    Golden.assertMatches("review/initial.md", markdown.out());
    CliRunner.Result json = cli.run("review", "--dialect", "postgresql", "--format", "json");
    assertThat(json.exitCode()).as(json.toString()).isZero();
    assertThat(json.err()).isEmpty();
    Golden.assertMatches("review/initial.json", json.out());
  }

  @Test
  void aRiskyChangeSetFailsOnDanger() throws Exception {
    CliRunner cli = project(true);
    String[] range = {"review", "--dialect", "postgresql", "-r", "a1b2c3d4e5f6:head"};
    CliRunner.Result markdown = cli.run(range);
    assertThat(markdown.exitCode()).as(markdown.toString()).isZero();
    assertThat(markdown.err()).isEmpty();
    Golden.assertMatches("review/risky.md", markdown.out());
    CliRunner.Result json = cli.run("review", "--dialect", "postgresql", "-r", "a1b2c3d4e5f6:head", "--format",
        "json", "--fail-on", "danger");
    assertThat(json.exitCode()).as(json.toString()).isEqualTo(1);
    assertThat(json.err()).isEmpty();
    Golden.assertMatches("review/risky.json", json.out());
    CliRunner.Result failing = cli.run("review", "--dialect", "postgresql", "-r", "a1b2c3d4e5f6:head",
        "--fail-on", "danger");
    assertThat(failing.exitCode()).isEqualTo(1);
    assertThat(failing.out()).isEqualTo(markdown.out());
  }

  /** {@code show} marks each operation that is not safe on the project's database (here the default, H2). */
  @Test
  void showMarksTheRiskOfEachOperation() throws Exception {
    CliRunner cli = project(true);
    CliRunner.Result show = cli.run("show", "b2c3d4e5f6a7");
    assertThat(show.exitCode()).as(show.toString()).isZero();
    assertThat(show.out()).isEqualTo("""
        Revision: b2c3d4e5f6a7
        Class:    migrations.M20261125_090000_TidyPackagesAndReleases
        Parents:  a1b2c3d4e5f6
        Children: (head)
        Message:  tidy packages and releases
        Upgrade:
          add column packages.keywords
          alter column packages.summary not null   (caution: existing rows)
          alter column packages.home_page type varchar(500) -> varchar(200)   (danger: data loss)
          alter column licences.url type varchar(500) -> varchar(1000)
          create index ix_packages_created on packages
          rename column packages.docs_url to documentation_url   (caution: running application)
          drop check constraint ck_releases_kind on releases
          add check constraint ck_releases_kind on releases
          drop column users.last_login   (danger: data loss, running application)
        Downgrade:
          add column users.last_login
          drop check constraint ck_releases_kind on releases
          add check constraint ck_releases_kind on releases   (caution: existing rows)
          rename column packages.documentation_url to docs_url   (caution: running application)
          drop index ix_packages_created on packages
          alter column licences.url type varchar(1000) -> varchar(500)   (danger: data loss)
          alter column packages.home_page type varchar(200) -> varchar(500)
          alter column packages.summary null
          drop column packages.keywords   (danger: data loss, running application)
        """);
  }

  @Test
  void theSqlOfEachDatabaseAsked() throws Exception {
    CliRunner cli = project(true);
    CliRunner.Result result = cli.run("review", "--dialect", "mariadb", "-r", "a1b2c3d4e5f6:",
        "--dialects", "postgresql,mariadb,h2");
    assertThat(result.exitCode()).as(result.toString()).isZero();
    Golden.assertMatches("review/risky-three-databases.md", result.out());
  }

  @Test
  void mistypedDatabasesAreRefused() throws Exception {
    CliRunner cli = project(false);
    CliRunner.Result unknown = cli.run("review", "--dialects", "postgresql,oracle", "--dialect", "h2");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.out()).isEmpty();
    assertThat(unknown.err()).isEqualTo("error: --dialects 'oracle' is not a database Retort writes SQL for."
        + " Nothing was done. Use postgresql, mariadb or h2.\n");
    CliRunner.Result both = cli.run("review", "--dialect", "h2", "--url", "jdbc:h2:mem:x");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).isEqualTo("error: --dialect h2 reviews offline, and --url name a database to connect"
        + " to. Nothing was done. Leave out --dialect to review against the database, or --url to review"
        + " offline.\n");
  }

  /** Against the project's own H2 database: the initial migration first, nothing once it is applied. */
  @Test
  void whatTheDatabaseHasNotApplied() throws Exception {
    CliRunner cli = project(false);
    CliRunner.Result before = cli.run("review", "--format", "json");
    assertThat(before.exitCode()).as(before.toString()).isZero();
    assertThat(before.err()).isEqualTo("Database: " + before.database() + "\n");
    assertThat(before.out()).startsWith("""
        {
          "judgedFor": "h2",
          "rowsKnown": true,
          "summary": {"revisions": 1, "operations": 8, "danger": 0, "caution": 0, "safe": 8},
        """);
    assertThat(cli.run("upgrade", "head").exitCode()).isZero();
    CliRunner.Result after = cli.run("review", "--fail-on", "caution");
    assertThat(after.exitCode()).as(after.toString()).isZero();
    assertThat(after.out()).isEqualTo("""
        0 revisions, 0 operations: 0 danger, 0 caution, 0 safe

        Risk judged for H2, with the tables' estimated rows from the database.

        Nothing to review: no migration is waiting.
        """);
    CliRunner.Result json = cli.run("review", "--format", "json");
    assertThat(json.out()).isEqualTo("""
        {
          "judgedFor": "h2",
          "rowsKnown": true,
          "summary": {"revisions": 0, "operations": 0, "danger": 0, "caution": 0, "safe": 0},
          "revisions": []
        }
        """);
  }

  /** Against PostgreSQL, only what is not applied, with the estimates ANALYZE left in the catalog. */
  @Test
  void pendingMigrationsWithTheirTablesRows() throws Exception {
    try (TestDatabase db = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
      CliRunner cli = project(true);
      String[] database = {"--url", db.url(), "--user", db.user(), "--password", db.password()};
      CliRunner.Result upgrade = cli.run(ScenarioSupport.args(database, "upgrade", "a1b2c3d4e5f6"));
      assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
      db.execute("INSERT INTO packages (name, author_name, created) VALUES ('a', 'A', now()), ('b', 'B', now()),"
          + " ('c', 'C', now())",
          "INSERT INTO releases (created, kind, major, minor, patch, package_name) VALUES (now(), 'WHEEL', 1, 0,"
              + " 0, 'a'), (now(), 'SOURCE', 1, 0, 0, 'b')",
          "ANALYZE");
      CliRunner.Result review = cli.run(ScenarioSupport.args(database, "review", "--format", "json",
          "--fail-on", "caution"));
      assertThat(review.exitCode()).as(review.toString()).isEqualTo(1);
      assertThat(review.err()).isEqualTo("Database: " + review.database() + "\n");
      Golden.assertMatches("review/pending-postgresql.json", review.out());
    }
  }
}
