package dev.retort.cli;

import static dev.retort.cli.ScenarioSupport.args;
import static dev.retort.cli.ScenarioSupport.rows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code retort autogen --online} as a user runs it: an index, a unique constraint, a foreign key and a NOT
 * NULL on a table with rows are written in the forms that keep it available, applied, found converged, and
 * taken back by the downgrade.
 */
class OnlineScenarioTest {
  private static final String TABLE = "@Table(name = \"packages\", indexes = @Index(name = \"ix_packages_author_email\","
      + " columnList = \"author_email\"))";
  private static final String ONLINE_TABLE = "@Table(name = \"packages\", indexes = {@Index(name ="
      + " \"ix_packages_author_email\", columnList = \"author_email\"), @Index(name = \"ix_packages_docs_url\","
      + " columnList = \"docs_url\")}, uniqueConstraints = @jakarta.persistence.UniqueConstraint(name ="
      + " \"uk_packages_home_page\", columnNames = \"home_page\"))";
  private static final String SUMMARY = "@Column(name = \"summary\")";
  private static final String SUCCESSOR = """
      @jakarta.persistence.ManyToOne
        @jakarta.persistence.JoinColumn(name = "successor_name",
            foreignKey = @jakarta.persistence.ForeignKey(name = "fk_packages_successor"))
        private Package successor;
      // retort:fields-end""";

  @TempDir
  Path dir;

  private Path onlineEntities() throws Exception {
    return SampleEntities.compile(dir.resolve("v2"), Map.<String, UnaryOperator<String>>of("Package.java",
        text -> text.replace(TABLE, ONLINE_TABLE)
            .replace(SUMMARY, "@jakarta.validation.constraints.NotNull\n  " + SUMMARY)
            .replace("// retort:fields-end", SUCCESSOR)));
  }

  @Test
  void autogenOnlineWritesTheOnlineFormsAndTheyConverge() throws Exception {
    try (TestDatabase db = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
      Path v1 = SampleEntities.compile(dir.resolve("v1"));
      Path v2 = onlineEntities();
      Path project = Files.createDirectories(dir.resolve("project"));
      CliRunner cli = new CliRunner(project);
      String[] database = {"--url", db.url(), "--user", db.user(), "--password", db.password()};
      assertThat(cli.run("init").exitCode()).isZero();
      assertThat(cli.run(args(database, "autogen", "--entities", "dev.retort.sample", "--classpath", v1.toString(),
          "-m", "first", "--rev-id", "aaaaaaaaaaa1")).exitCode()).isZero();
      assertThat(cli.run(args(database, "upgrade", "head")).exitCode()).isZero();
      db.execute("INSERT INTO packages (name, author_name, created, summary, home_page) VALUES"
          + " ('requests', 'Kenneth', TIMESTAMP '2024-01-02 03:04:05', 'HTTP for humans', 'https://r')",
          "INSERT INTO packages (name, author_name, created, summary) VALUES"
          + " ('httpx', 'Tom', TIMESTAMP '2024-01-02 03:04:05', 'HTTP, async')");

      CliRunner.Result online = cli.run(args(database, "autogen", "--entities", "dev.retort.sample",
          "--classpath", v2.toString(), "-m", "online", "--rev-id", "bbbbbbbbbbb2", "--online",
          "--online-lock-timeout", "3s"));
      assertThat(online.exitCode()).as(online.toString()).isZero();
      assertThat(online.out()).matches("""
          Wrote migrations/M\\d{8}_\\d{6}_Online.java \\(revision bbbbbbbbbbb2\\)
            ~ lock timeout 3000ms
            \\+ add column packages.successor_name
            \\+ add check constraint packages_summary_not_null on packages not valid
            ~ validate constraint packages_summary_not_null on packages \\(outside the transaction\\)   \\(caution: existing rows\\)
            ~ alter column packages.summary not null
            - drop check constraint packages_summary_not_null on packages
            \\+ create index uk_packages_home_page on packages concurrently \\(outside the transaction\\)   \\(caution: existing rows\\)
            \\+ add unique constraint uk_packages_home_page on packages using index uk_packages_home_page
            \\+ create index ix_packages_docs_url on packages concurrently \\(outside the transaction\\)
            \\+ add foreign key fk_packages_successor on packages not valid
            ~ validate constraint fk_packages_successor on packages \\(outside the transaction\\)   \\(caution: existing rows\\)
          """);
      String source = Files.readString(migration(project, "Online"));
      assertThat(source).contains("op.lockTimeout(Duration.ofSeconds(3));",
          "op.outsideTransaction(o -> o.createIndexConcurrently(\"packages\", index(\"ix_packages_docs_url\","
              + " \"docs_url\")));",
          "op.addUniqueUsingIndex(\"packages\", unique(\"uk_packages_home_page\", \"home_page\"),"
              + " \"uk_packages_home_page\");",
          "op.addForeignKeyNotValid(\"packages\", foreignKey(\"fk_packages_successor\", \"successor_name\","
              + " \"packages\", \"name\"));",
          "op.outsideTransaction(o -> o.validateConstraint(\"packages\", \"fk_packages_successor\"));",
          "op.addCheckNotValid(\"packages\", check(\"packages_summary_not_null\", \"\\\"summary\\\" IS NOT NULL\"));",
          "op.outsideTransaction(o -> o.dropIndexConcurrently(\"packages\", index(\"ix_packages_docs_url\","
              + " \"docs_url\")));");

      CliRunner.Result review = cli.run("review", "--dialect", "postgresql", "-r", "aaaaaaaaaaa1:head");
      assertThat(review.exitCode()).as(review.toString()).isZero();
      assertThat(review.out()).startsWith("1 revision, 11 operations: 0 danger, 3 caution, 8 safe\n")
          .contains("**safe** create index ix_packages_docs_url on packages concurrently (outside the transaction)",
              "**safe** alter column packages.summary not null",
              "**caution** validate constraint fk_packages_successor on packages (outside the transaction)",
              "ALTER TABLE \"packages\" VALIDATE CONSTRAINT \"fk_packages_successor\"");

      CliRunner.Result up = cli.run(args(database, "upgrade", "head"));
      assertThat(up.exitCode()).as(up.toString()).isZero();
      assertThat(rows(db, "SELECT conname FROM pg_constraint WHERE conrelid = 'packages'::regclass AND NOT"
          + " convalidated")).isEmpty();
      assertThat(rows(db, "SELECT count(*) FROM pg_index WHERE NOT indisvalid")).containsExactly("0");
      CliRunner.Result again = cli.run(args(database, "autogen", "--entities", "dev.retort.sample",
          "--classpath", v2.toString(), "-m", "nothing", "--online"));
      assertThat(again.out()).isEqualTo("No changes: the database matches the entities in dev.retort.sample."
          + " Nothing was written.\n");

      CliRunner.Result down = cli.run(args(database, "downgrade", "-1"));
      assertThat(down.exitCode()).as(down.toString()).isZero();
      assertThat(rows(db, "SELECT indexname FROM pg_indexes WHERE tablename = 'packages' ORDER BY 1"))
          .containsExactly("ix_packages_author_email", "packages_pkey");
      assertThat(rows(db, "SELECT conname FROM pg_constraint WHERE conrelid = 'packages'::regclass AND contype"
          + " IN ('u', 'f', 'c') ORDER BY 1")).hasSize(1)
          .doesNotContain("fk_packages_successor", "uk_packages_home_page", "packages_summary_not_null");
      assertThat(rows(db, "SELECT is_nullable FROM information_schema.columns WHERE table_name = 'packages' AND"
          + " column_name = 'summary'")).containsExactly("YES");
      assertThat(rows(db, "SELECT name, summary FROM packages ORDER BY name"))
          .containsExactly("httpx|HTTP, async", "requests|HTTP for humans");
    }
  }

  /** planner=online in retort.properties is --online; on H2 it warns and writes the plain forms. */
  @Test
  void theOnlinePlannerIsANoOpWithAWarningOnH2() throws Exception {
    try (TestDatabase db = TestDatabase.create(DatabaseKind.H2)) {
      Path v1 = SampleEntities.compile(dir.resolve("v1"));
      Path v2 = onlineEntities();
      Path project = Files.createDirectories(dir.resolve("project"));
      CliRunner cli = new CliRunner(project);
      String[] database = {"--url", db.url(), "--user", db.user(), "--password", db.password()};
      assertThat(cli.run("init").exitCode()).isZero();
      Files.writeString(project.resolve("retort.properties"), "planner=online\n", java.nio.file.StandardOpenOption.APPEND);
      assertThat(cli.run(args(database, "autogen", "--entities", "dev.retort.sample", "--classpath", v1.toString(),
          "-m", "first")).exitCode()).isZero();
      assertThat(cli.run(args(database, "upgrade", "head")).exitCode()).isZero();
      CliRunner.Result online = cli.run(args(database, "autogen", "--entities", "dev.retort.sample",
          "--classpath", v2.toString(), "-m", "online"));
      assertThat(online.exitCode()).as(online.toString()).isZero();
      assertThat(online.out()).startsWith("warning: the online planner writes PostgreSQL's forms that keep tables"
          + " available; H2 has none, so the migration has the plain forms.\n");
      String source = Files.readString(migration(project, "Online"));
      assertThat(source).contains("op.createIndex(\"packages\"").doesNotContain("Concurrently", "NotValid",
          "lockTimeout");
      assertThat(cli.run(args(database, "upgrade", "head")).exitCode()).isZero();
    }
  }

  @Test
  void aNegativeOrUnreadableLockTimeoutIsAUsageError() {
    CliRunner cli = new CliRunner(dir);
    CliRunner.Result negative = cli.run("autogen", "--online", "--online-lock-timeout", "-1");
    assertThat(negative.exitCode()).isEqualTo(2);
    assertThat(negative.errorText()).isEqualTo("error: --online-lock-timeout -1 is negative. Nothing was done."
        + " Give how long each statement of an online migration may wait for a lock, such as 2s (the default) or"
        + " 500ms, or 0 for no limit.\n");
    CliRunner.Result unreadable = cli.run("autogen", "--online", "--online-lock-timeout", "soon");
    assertThat(unreadable.exitCode()).isEqualTo(2);
    assertThat(unreadable.errorText()).startsWith("error: --online-lock-timeout soon is not a duration.");
    CliRunner.Result empty = cli.run("revision", "-m", "by hand", "--online");
    assertThat(empty.exitCode()).isEqualTo(2);
    assertThat(empty.errorText()).isEqualTo("error: `retort revision` without --autogenerate writes an empty"
        + " migration and reads neither the database nor the entities, so --online means nothing to it. Nothing"
        + " was written. Add --autogenerate to compare the entities with the database, or leave out --online.\n");
  }

  /** A lock timeout for a plain migration would pass in silence. */
  @Test
  void aLockTimeoutWithoutTheOnlinePlannerIsAUsageError() throws Exception {
    try (TestDatabase db = TestDatabase.create(DatabaseKind.H2)) {
      CliRunner cli = new CliRunner(dir);
      CliRunner.Result result = cli.run("autogen", "--url", db.url(), "--user", db.user(), "--entities",
          "dev.retort.sample", "--classpath", SampleEntities.compile(dir.resolve("v1")).toString(),
          "--online-lock-timeout", "5s");
      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.errorText()).endsWith("error: --online-lock-timeout applies to the online planner, which"
          + " this run does not use. Nothing was written. Add --online (or planner=online in retort.properties),"
          + " or leave the lock timeout out.\n");
    }
  }

  private static Path migration(Path project, String suffix) throws Exception {
    try (Stream<Path> files = Files.list(project.resolve("migrations"))) {
      List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(suffix + ".java")).toList();
      assertThat(found).hasSize(1);
      return found.get(0);
    }
  }
}
