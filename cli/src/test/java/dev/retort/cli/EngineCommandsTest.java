package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** init, upgrade, downgrade, current and history on hand-written migrations against the default H2 database. */
class EngineCommandsTest {
  @TempDir
  Path dir;

  private static final String FIRST = """
      package migrations;

      import static dev.retort.engine.migration.Dsl.*;

      import dev.retort.engine.migration.Migration;
      import dev.retort.engine.migration.Ops;
      import dev.retort.engine.migration.Revision;

      @Revision(id = "aaaa00000001", message = "create authors")
      public final class M20261124_100000_CreateAuthors implements Migration {
        @Override
        public void upgrade(Ops op) {
          op.createTable("authors", column("id", bigint()).notNull(), primaryKey("id"));
        }

        @Override
        public void downgrade(Ops op) {
          op.dropTable("authors", column("id", bigint()).notNull(), primaryKey("id"));
        }
      }
      """;

  private static final String SECOND = """
      package migrations;

      import static dev.retort.engine.migration.Dsl.*;

      import dev.retort.engine.migration.Migration;
      import dev.retort.engine.migration.Ops;
      import dev.retort.engine.migration.Revision;

      @Revision(id = "bbbb00000002", parents = "aaaa00000001", message = "add author name")
      public final class M20261124_110000_AddAuthorName implements Migration {
        @Override
        public void upgrade(Ops op) {
          op.addColumn("authors", column("name", varchar(100)));
        }

        @Override
        public void downgrade(Ops op) {
          op.dropColumn("authors", column("name", varchar(100)));
        }
      }
      """;

  private CliRunner initialised() throws Exception {
    CliRunner cli = new CliRunner(dir);
    CliRunner.Result init = cli.run("init");
    assertThat(init.exitCode()).as(init.toString()).isZero();
    Files.writeString(dir.resolve("migrations/M20261124_100000_CreateAuthors.java"), FIRST);
    Files.writeString(dir.resolve("migrations/M20261124_110000_AddAuthorName.java"), SECOND);
    return cli;
  }

  @Test
  void initWritesPropertiesAndTheFolderOnce() {
    CliRunner cli = new CliRunner(dir);
    CliRunner.Result first = cli.run("init", "--entities", "com.example.model");
    assertThat(first.out()).isEqualTo("""
        Wrote retort.properties.
        Created migrations folder migrations.
        Next: change your entities, then run `retort autogen --entities <package> -m "..."`.
        """);
    assertThat(dir.resolve("retort.properties")).content().contains("entities=com.example.model\n");
    CliRunner.Result second = cli.run("init");
    assertThat(second.exitCode()).isZero();
    assertThat(second.out()).startsWith("""
        retort.properties already exists; left unchanged.
        Migrations folder migrations already exists.
        """);
  }

  @Test
  void upgradeCurrentHistoryDowngrade() throws Exception {
    CliRunner cli = initialised();
    assertThat(cli.run("current").out()).isEqualTo("base (no revision applied); run `retort upgrade head`\n");

    CliRunner.Result up = cli.run("upgrade");
    assertThat(up.exitCode()).as(up.toString()).isZero();
    assertThat(up.out()).isEqualTo("""
        Applying aaaa00000001 (M20261124_100000_CreateAuthors): create authors
        Applying bbbb00000002 (M20261124_110000_AddAuthorName): add author name
        Done: 2 migration(s); the database is now at bbbb00000002.
        """);
    assertThat(cli.run("upgrade", "head").out()).isEqualTo("Nothing to upgrade; the database is at bbbb00000002.\n");
    assertThat(cli.run("current").out()).isEqualTo("aaaa00000001 -> bbbb00000002 (head, current), add author name\n");
    assertThat(cli.run("history").out()).isEqualTo("""
        aaaa00000001 -> bbbb00000002 (head, current), add author name
        <base> -> aaaa00000001, create authors
        """);

    assertThat(cli.run("history", "--verbose").out()).matches("""
        aaaa00000001 -> bbbb00000002 \\(head, current\\), add author name
            class migrations.M20261124_110000_AddAuthorName; applied \\d{4}-.*Z
        <base> -> aaaa00000001, create authors
            class migrations.M20261124_100000_CreateAuthors; applied \\d{4}-.*Z
        """);

    assertThat(cli.run("downgrade", "-1").out()).isEqualTo("""
        Reverting bbbb00000002 (M20261124_110000_AddAuthorName): add author name
        Done: 1 migration(s); the database is now at aaaa00000001.
        """);
    assertThat(cli.run("upgrade", "bbbb").exitCode()).isZero();
    assertThat(cli.run("downgrade", "base").out()).endsWith("Done: 2 migration(s); the database is now at base"
        + " (no revision applied).\n");
  }

  @Test
  void unknownTargetsAndMissingFoldersAreClearErrors() throws Exception {
    CliRunner cli = initialised();
    CliRunner.Result unknown = cli.run("upgrade", "zzz");
    assertThat(unknown.exitCode()).isEqualTo(10);
    assertThat(unknown.errorText()).isEqualTo("error: No revision matches 'zzz'. Nothing was changed. Run `retort"
        + " history` to list the revisions, or use head, base, +N or -N.\n");

    CliRunner.Result missing = cli.run("upgrade", "--migrations", "nowhere");
    assertThat(missing.exitCode()).isEqualTo(7);
    assertThat(missing.errorText()).isEqualTo("error: The migrations folder " + dir.resolve("nowhere") + " does not"
        + " exist. Nothing was changed. Run `retort init` to create it, or point --migrations (or"
        + " migrations.dir in retort.properties) at the folder that holds your migrations.\n");
  }

  @Test
  void aMigrationThatDoesNotCompileNamesTheFileAndLine() throws Exception {
    CliRunner cli = initialised();
    Files.writeString(dir.resolve("migrations/M20261124_110000_AddAuthorName.java"),
        SECOND.replaceFirst("varchar\\(100\\)\\)\\);", "varchar(100)))"));
    CliRunner.Result result = cli.run("upgrade");
    assertThat(result.exitCode()).isEqualTo(12);
    assertThat(result.errorText()).startsWith("error: The migrations in " + dir.resolve("migrations")
        + " do not compile. No migration ran. Fix these errors and rerun:\n"
        + "  M20261124_110000_AddAuthorName.java:13: ';' expected\n");
  }

  @Test
  void wrongPasswordAndUnreachableServerExitWithTheirOwnCodes() throws Exception {
    CliRunner cli = initialised();
    assertThat(cli.run("upgrade").exitCode()).isZero();
    CliRunner.Result wrong = cli.run("current", "--password", "s3cret-wrong");
    assertThat(wrong.exitCode()).isEqualTo(6);
    assertThat(wrong.errorText()).startsWith("error: The database at jdbc:h2:file:" + dir.resolve("retort-db")
        + " as user 'sa' refused the credentials: ").doesNotContain("s3cret-wrong");
    CliRunner.Result verbose = cli.run("current", "--password", "s3cret-wrong", "--verbose");
    assertThat(verbose.err()).contains("\tat ").doesNotContain("s3cret-wrong");

    CliRunner.Result envPassword = cli.withVariables(Map.of("RETORT_PASSWORD", "other-wrong")).run("current");
    assertThat(envPassword.exitCode()).isEqualTo(6);

    CliRunner.Result unreachable = cli.run("current", "--url", "jdbc:postgresql://127.0.0.1:1/app");
    assertThat(unreachable.exitCode()).isEqualTo(5);
    assertThat(unreachable.errorText()).startsWith("error: Cannot reach the database at jdbc:postgresql://127.0.0.1:1/app"
        + " as user '': ").endsWith(". Nothing was changed. Check that the server is running and that --url (or"
        + " RETORT_URL, or url in retort.properties) is right.\n");
  }
}
