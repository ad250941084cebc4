package dev.retort.cli;

import static dev.retort.cli.ScenarioSupport.args;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A column and a table holding rows are renamed in the entities. Without confirmation autogen warns and
 * names the --rename that keeps the data; with it (or a "yes" on the terminal) the rows survive upgrade and
 * downgrade.
 */
class RenameScenarioTest {
  @TempDir
  Path dir;

  private static final Map<String, UnaryOperator<String>> RENAMED = Map.of(
      "Package.java", text -> text.replace("@Column(name = \"summary\")", "@Column(name = \"abstract_text\")"),
      "Language.java", text -> text.replace("@Table(name = \"languages\")",
          "@Table(name = \"programming_languages\")"));

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void renamesKeepTheRows(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Path v1 = SampleEntities.compile(dir.resolve("v1"));
      Path v2 = SampleEntities.compile(dir.resolve("v2"), RENAMED);
      Path project = Files.createDirectories(dir.resolve("project"));
      CliRunner cli = new CliRunner(project);
      String[] database = {"--url", db.url(), "--user", db.user(), "--password", db.password()};
      assertThat(cli.run("init").exitCode()).isZero();
      assertThat(cli.run(args(database, "autogen", "--entities", "dev.retort.sample", "--classpath", v1.toString(),
          "-m", "first")).exitCode()).isZero();
      assertThat(cli.run(args(database, "upgrade")).exitCode()).isZero();
      String q = Dialects.forJdbcUrl(db.url()).quote("languages");
      db.execute("INSERT INTO " + q + " (name) VALUES ('Java')",
          "INSERT INTO packages (name, author_name, created, summary) VALUES ('retort', 'Ann',"
              + " TIMESTAMP '2026-11-24 10:00:00', 'migrations')");

      CliRunner.Result unconfirmed = cli.run(args(database, "autogen", "--entities", "dev.retort.sample",
          "--classpath", v2.toString(), "-m", "renames"));
      assertThat(unconfirmed.exitCode()).isZero();
      assertThat(unconfirmed.out()).startsWith("""
          warning: packages.summary is dropped and packages.abstract_text added; if that is a rename, rerun with\
           --rename packages.summary=abstract_text to keep the data.
          warning: languages is dropped and programming_languages added; if that is a rename, rerun with\
           --rename languages=programming_languages to keep the data.
          Wrote migrations/""");
      assertThat(unconfirmed.out())
          .contains("  - drop column packages.summary   (danger: data loss, running application)\n");
      deleteNewest(project);

      CliRunner.Result confirmed = cli.run(args(database, "autogen", "--entities", "dev.retort.sample",
          "--classpath", v2.toString(), "-m", "renames", "--rename", "packages.summary=abstract_text",
          "--rename", "languages=programming_languages"));
      assertThat(confirmed.exitCode()).as(confirmed.toString()).isZero();
      assertThat(confirmed.out()).matches("""
          Wrote migrations/M\\d{8}_\\d{6}_Renames.java \\(revision \\w+\\)
            ~ rename table languages to programming_languages   \\(caution: running application\\)
            ~ rename column packages.summary to abstract_text   \\(caution: running application\\)
          """);
      assertThat(cli.run(args(database, "upgrade")).exitCode()).isZero();
      assertThat(rows(db, "SELECT name FROM programming_languages")).containsExactly("Java");
      assertThat(rows(db, "SELECT abstract_text FROM packages")).containsExactly("migrations");
      assertThat(cli.run(args(database, "autogen", "--entities", "dev.retort.sample", "--classpath",
          v2.toString())).out()).endsWith("No changes: the database matches the entities in dev.retort.sample."
          + " Nothing was written.\n");

      assertThat(cli.run(args(database, "downgrade", "-1")).exitCode()).isZero();
      assertThat(rows(db, "SELECT name FROM " + q)).containsExactly("Java");
      assertThat(rows(db, "SELECT summary FROM packages")).containsExactly("migrations");

      deleteNewest(project);
      CliRunner.Result asked = cli.answering(question -> true).run(args(database, "autogen", "--entities",
          "dev.retort.sample", "--classpath", v2.toString(), "-m", "renames"));
      assertThat(asked.out())
          .contains("  ~ rename column packages.summary to abstract_text   (caution: running application)\n")
          .doesNotContain("warning:");
    }
  }

  /** A --rename that names no table or column there would be dropped in silence, and the data with it. */
  @Test
  void aRenameOfWhatIsNotThereIsRefused() throws Exception {
    try (TestDatabase db = TestDatabase.create(DatabaseKind.H2)) {
      Path v2 = SampleEntities.compile(dir.resolve("v2"), RENAMED);
      Path project = Files.createDirectories(dir.resolve("project"));
      CliRunner cli = new CliRunner(project);
      String[] database = {"--url", db.url(), "--user", db.user(), "--password", db.password()};
      assertThat(cli.run("init").exitCode()).isZero();
      CliRunner.Result one = cli.run(args(database, "autogen", "--entities", "dev.retort.sample", "--classpath",
          v2.toString(), "-m", "renames", "--rename", "languages=programming_languages"));
      assertThat(one.exitCode()).as(one.toString()).isEqualTo(2);
      assertThat(one.errorText()).isEqualTo("error: A rename cannot be made (--rename"
          + " languages=programming_languages: the database has no table languages). Nothing was written. Check"
          + " the names against the database and the entities (a rename runs from the database's name to the"
          + " entities'), or leave the --rename out: autogen without it names the drops and adds that look like"
          + " renames.\n");

      Path v1 = SampleEntities.compile(dir.resolve("v1"));
      assertThat(cli.run(args(database, "autogen", "--entities", "dev.retort.sample", "--classpath", v1.toString(),
          "-m", "first")).exitCode()).isZero();
      assertThat(cli.run(args(database, "upgrade")).exitCode()).isZero();
      CliRunner.Result two = cli.run(args(database, "autogen", "--entities", "dev.retort.sample", "--classpath",
          v2.toString(), "-m", "renames", "--rename", "packages.summry=abstract_text", "--rename",
          "languages=langs"));
      assertThat(two.exitCode()).as(two.toString()).isEqualTo(2);
      assertThat(two.errorText()).startsWith("error: Renames cannot be made (--rename languages=langs: the"
          + " entities have no table langs; --rename packages.summry=abstract_text: table packages in the"
          + " database has no column summry). Nothing was written.");
      try (Stream<Path> files = Files.list(project.resolve("migrations"))) {
        assertThat(files).hasSize(1);
      }
    }
  }

  private static void deleteNewest(Path project) throws Exception {
    try (Stream<Path> files = Files.list(project.resolve("migrations"))) {
      Files.delete(files.sorted().reduce((a, b) -> b).orElseThrow());
    }
  }

  private static List<String> rows(TestDatabase db, String sql) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }
}
