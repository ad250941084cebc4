package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** heads, show, merge, stamp, accept, check and offline scripts, on the default H2 database. */
class GraphCommandsTest {
  @TempDir
  Path dir;

  private static String migration(String className, String id, String parents, String table) {
    return """
        package migrations;

        import static dev.retort.engine.migration.Dsl.*;

        import dev.retort.engine.migration.Migration;
        import dev.retort.engine.migration.Ops;
        import dev.retort.engine.migration.Revision;

        @Revision(id = "%s", parents = {%s}, message = "create %s")
        public final class %s implements Migration {
          @Override
          public void upgrade(Ops op) {
            op.createTable("%s", column("id", bigint()).notNull(), primaryKey("id"));
          }

          @Override
          public void downgrade(Ops op) {
            op.dropTable("%s", column("id", bigint()).notNull(), primaryKey("id"));
          }
        }
        """.formatted(id, parents, table, className, table, table);
  }

  private CliRunner project() throws Exception {
    CliRunner cli = new CliRunner(dir);
    assertThat(cli.run("init").exitCode()).isZero();
    write("M20261124_100000_Base", migration("M20261124_100000_Base", "base00000001", "", "authors"));
    write("M20261124_110000_Left", migration("M20261124_110000_Left", "left00000002", "\"base00000001\"", "books"));
    write("M20261124_120000_Right", migration("M20261124_120000_Right", "right0000003", "\"base00000001\"",
        "shelves"));
    return cli;
  }

  private void write(String className, String source) throws Exception {
    Files.writeString(dir.resolve("migrations/" + className + ".java"), source);
  }

  @Test
  void branchesAreListedAndMerged() throws Exception {
    CliRunner cli = project();
    assertThat(cli.run("heads").out()).isEqualTo("""
        left00000002 (M20261124_110000_Left): create books
        right0000003 (M20261124_120000_Right): create shelves
        Several heads: join them with `retort merge -m "..."`.
        """);
    CliRunner.Result ambiguous = cli.run("upgrade", "head");
    assertThat(ambiguous.exitCode()).isEqualTo(11);
    assertThat(ambiguous.errorText()).startsWith("error: The migrations have 2 heads: left00000002 (M20261124_110000_Left),"
        + " right0000003 (M20261124_120000_Right). Nothing was changed.");
    assertThat(cli.run("upgrade", "heads").out()).endsWith("the database is now at left00000002, right0000003.\n");

    CliRunner.Result merge = cli.run("merge", "-m", "join branches", "--rev-id", "merge0000004");
    assertThat(merge.exitCode()).as(merge.toString()).isZero();
    assertThat(merge.out()).matches("Wrote migrations/M\\d{8}_\\d{6}_JoinBranches.java \\(revision merge0000004\\)\n"
        + "  \\(empty: fill in upgrade\\(\\) and downgrade\\(\\)\\)\n");
    assertThat(cli.run("show", "merge").out()).isEqualTo("""
        Revision: merge0000004
        Class:    migrations.%s
        Parents:  left00000002, right0000003
        Children: (head)
        Message:  join branches
        Upgrade:
        Downgrade:
        """.formatted(merge.out().substring("Wrote migrations/".length(), merge.out().indexOf(".java"))));
    assertThat(cli.run("upgrade").out()).endsWith("Done: 1 migration(s); the database is now at merge0000004.\n");
    assertThat(cli.run("downgrade", "left").out()).endsWith("the database is now at left00000002.\n");
    assertThat(cli.run("merge", "left").exitCode()).isEqualTo(2);
    assertThat(cli.run("branches").out()).isEqualTo("base00000001 (M20261124_100000_Base): create authors branches"
        + " into left00000002, right0000003\n");
    assertThat(cli.run("history", "-r", "left:").out()).matches("left00000002, right0000003 -> merge0000004 \\(head\\),"
        + " join branches\nbase00000001 -> left00000002 \\(current\\), create books\n");
  }

  @Test
  void stampAcceptAndCheck() throws Exception {
    CliRunner cli = project();
    write("M20261124_120000_Right", migration("M20261124_120000_Right", "right0000003", "\"left00000002\"",
        "shelves"));
    CliRunner.Result behind = cli.run("check");
    assertThat(behind.exitCode()).isEqualTo(1);
    assertThat(behind.out()).isEqualTo("The database is at base but the head is right0000003: run `retort upgrade"
        + " head`.\n");
    assertThat(cli.run("upgrade").exitCode()).isZero();
    assertThat(cli.run("check").out()).isEqualTo("In step: the database is at right0000003.\n");

    write("M20261124_110000_Left", migration("M20261124_110000_Left", "left00000002", "\"base00000001\"",
        "novels"));
    CliRunner.Result changed = cli.run("check");
    assertThat(changed.exitCode()).isEqualTo(1);
    assertThat(changed.out()).isEqualTo("Applied migration left00000002 (M20261124_110000_Left) changed since it"
        + " ran: restore it, or run `retort accept left00000002`.\n");
    assertThat(cli.run("upgrade").exitCode()).isEqualTo(18);
    assertThat(cli.run("accept", "left").out()).isEqualTo("Accepted the current checksum of left00000002\n");
    assertThat(cli.run("check").exitCode()).isZero();

    assertThat(cli.run("stamp", "base00000001").out()).isEqualTo("""
        Unrecorded right0000003
        Unrecorded left00000002
        The version table now says base00000001; no migration ran.
        """);
    assertThat(cli.run("stamp", "head").out()).endsWith("The version table now says right0000003; no migration"
        + " ran.\n");
  }

  @Test
  void offlineScriptsNeedNoDatabase() throws Exception {
    CliRunner cli = project();
    write("M20261124_120000_Right", migration("M20261124_120000_Right", "right0000003", "\"left00000002\"",
        "shelves"));
    CliRunner.Result script = cli.run("upgrade", "--sql", "--url", "jdbc:postgresql://127.0.0.1:1/nowhere");
    assertThat(script.exitCode()).as(script.toString()).isZero();
    assertThat(script.out()).startsWith("-- Retort upgrade script for PostgreSQL: base -> head\n")
        .contains("BEGIN;\nCREATE TABLE \"books\" (\"id\" bigint NOT NULL, PRIMARY KEY (\"id\"));\n");
    CliRunner.Result mariadb = cli.run("downgrade", "--sql", "head:base00000001", "--dialect", "mariadb");
    assertThat(mariadb.out()).isEqualTo("""
        -- Retort downgrade script for MariaDB: head -> base00000001
        -- Written offline; review it before running.

        -- Downgrade from right0000003 (M20261124_120000_Right): create shelves
        DROP TABLE `shelves`;
        DELETE FROM `retort_version` WHERE `revision` = 'right0000003';

        -- Downgrade from left00000002 (M20261124_110000_Left): create books
        DROP TABLE `books`;
        DELETE FROM `retort_version` WHERE `revision` = 'left00000002';

        """);
    CliRunner.Result noRange = cli.run("downgrade", "--sql", "base");
    assertThat(noRange.exitCode()).isEqualTo(2);
    assertThat(noRange.err()).isEqualTo("error: 'base' is not a range: downgrade --sql, which reads no database,"
        + " needs FROM:TO, such as head:base. Nothing was printed.\n");
    assertThat(dir.resolve("retort-db.mv.db")).doesNotExist();
  }
}
