package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Options that make no sense together, or for the command they follow, end in exit 2 with one paragraph,
 * before any database is opened or any file written.
 */
class UsageErrorTest {
  @TempDir
  Path dir;

  private static final String NOTHING = " Nothing was done.";

  static Stream<Arguments> refusals() {
    return Stream.of(
        refused(args("upgrade", "--dialect", "h2"), "--dialect h2 only chooses the SQL of a --sql script, and"
            + " `retort upgrade` without --sql runs on the database the URL names." + NOTHING + " Add --sql to"
            + " print the script, or leave --dialect out."),
        refused(args("downgrade", "base", "--dialect", "postgresql"), "--dialect postgresql only chooses the SQL"
            + " of a --sql script, and `retort downgrade` without --sql runs on the database the URL names."
            + NOTHING + " Add --sql to print the script, or leave --dialect out."),
        refused(args("upgrade", "--sql", "--single-transaction"), "--single-transaction applies to a run on the"
            + " database, and --sql prints a script instead (one transaction per migration on PostgreSQL, no"
            + " lock)." + NOTHING + " Leave out --sql to run, or --single-transaction to print the script."),
        refused(args("downgrade", "head:base", "--sql", "--lock-timeout", "5", "--single-transaction"),
            "--single-transaction and --lock-timeout apply to a run on the database, and --sql prints a script"
                + " instead (one transaction per migration on PostgreSQL, no lock)." + NOTHING + " Leave out"
                + " --sql to run, or --single-transaction and --lock-timeout to print the script."),
        refused(args("upgrade", "--sql", "--dialect", "oracle"), "--dialect 'oracle' is not a database Retort"
            + " writes SQL for." + NOTHING + " Use postgresql, mariadb or h2."),
        refused(args("upgrade", "--lock-timeout", "-5"), "--lock-timeout -5 is negative." + NOTHING + " Give the"
            + " seconds to wait for another run's migration lock (default 60), or 0 to stop at once when"
            + " another run holds it."),
        refused(args("--lock-timeout", "-1", "current"), "--lock-timeout -1 is negative." + NOTHING + " Give the"
            + " seconds to wait for another run's migration lock (default 60), or 0 to stop at once when"
            + " another run holds it."),
        refused(args("autogen", "--entities", ""), "--entities is empty." + NOTHING + " Give a Java package, such"
            + " as --entities com.example.model, or leave the option out."),
        refused(args("check", "--entities", "  "), "--entities is empty." + NOTHING + " Give a Java package, such"
            + " as --entities com.example.model, or leave the option out."),
        refused(args("init", "--entities", ""), "--entities is empty." + NOTHING + " Give a Java package, such"
            + " as --entities com.example.model, or leave the option out."),
        refused(args("check", "--offline"), "--offline checks without a database, so it needs --dialect to know"
            + " which database the migrations are for." + NOTHING + " Add --dialect postgresql, mariadb or h2, or"
            + " leave out --offline to check against the database."),
        refused(args("check", "--offline", "--dialect", "h2", "--url", "jdbc:h2:mem:x", "--user", "sa"),
            "--offline checks without a database, and --url and --user name a database to connect to." + NOTHING
                + " Leave out --offline to check against the database, or --url and --user to check offline."),
        refused(args("--password", "secret", "check", "--offline", "--dialect", "postgresql"), "--offline checks"
            + " without a database, and --password names a database to connect to." + NOTHING + " Leave out"
            + " --offline to check against the database, or --password to check offline."),
        refused(args("check", "--dialect", "mariadb"), "--dialect mariadb names the database an offline check is"
            + " for, and `retort check` without --offline checks the database the URL names." + NOTHING + " Add"
            + " --offline to check without a database, or leave --dialect out."),
        refused(args("check", "--offline", "--dialect", "oracle"), "--dialect 'oracle' is not a database Retort"
            + " checks migrations for." + NOTHING + " Use postgresql, mariadb or h2."),
        refused(args("autogen", "--include", "books,,authors"), "--include has an empty value ('books,,authors'),"
            + " which would select nothing." + NOTHING + " Give table globs such as audit_*, separated by commas"
            + " or with --include repeated."),
        refused(args("current", "--migrations", ""), "--migrations is empty, which would make the project folder"
            + " itself the migrations folder." + NOTHING + " Name the folder of migration sources, such as"
            + " --migrations migrations."),
        refused(args("init", "--package", "not a package"), "--package 'not a package' is not a Java package"
            + " name. Nothing was written. Use a name like com.example.migrations."),
        refused(args("revision", "-m", "seed", "--entities", "com.example.model", "--url", "jdbc:h2:mem:x"),
            "`retort revision` without --autogenerate writes an empty migration and reads neither the database"
                + " nor the entities, so --url and --entities mean nothing to it. Nothing was written. Add"
                + " --autogenerate to compare the entities with the database, or leave out --url and"
                + " --entities."),
        refused(args("revision", "-m", "seed", "--rename", "books.title=name"), "`retort revision` without"
            + " --autogenerate writes an empty migration and reads neither the database nor the entities, so"
            + " --rename means nothing to it. Nothing was written. Add --autogenerate to compare the entities"
            + " with the database, or leave out --rename."),
        refused(args("autogen", "--rename", "books"), "--rename 'books' is not a rename. Nothing was written. Use"
            + " --rename table.column=newcolumn for a column or --rename oldtable=newtable for a table."),
        refused(args("--url", "jdbc:h2:mem:a", "current", "--url", "jdbc:h2:mem:b"), "--url is given both before"
            + " and after `retort current`." + NOTHING + " Give it once: before the command or after it means"
            + " the same."),
        refused(args("--lock-timeout", "1", "stamp", "head", "--lock-timeout", "2"), "--lock-timeout is given"
            + " both before and after `retort stamp`." + NOTHING + " Give it once: before the command or after"
            + " it means the same."),
        refused(args("current", "--sql"), "`retort current` does not use --sql, so it does not take it (`retort"
            + " upgrade` and `retort downgrade` do)." + NOTHING + " `retort current --help` lists the options it"
            + " takes."),
        refused(args("current", "--lock-timeout", "5"), "`retort current` does not use --lock-timeout, so it does"
            + " not take it (`retort upgrade`, `retort downgrade`, `retort stamp` and 1 more do)." + NOTHING
            + " `retort current --help` lists the options it takes."),
        refused(args("heads", "--url=jdbc:h2:mem:x"), "`retort heads` does not use --url, so it does not take it"
            + " (`retort autogen`, `retort revision`, `retort upgrade` and 8 more do)." + NOTHING + " `retort"
            + " heads --help` lists the options it takes."),
        refused(args("current", "--password", "--url", "jdbc:h2:mem:x"), "Expected parameter for option"
            + " '--password' but found '--url'\nNothing was done. `retort current --help` lists the options and"
            + " arguments it takes."),
        refused(args("current", "--password"), "Missing required parameter for option '--password' (PASSWORD)\n"
            + "Nothing was done. `retort current --help` lists the options and arguments it takes."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refusedWithExit2AndOneParagraph(String commandLine, String[] args, String message) throws Exception {
    Files.createDirectories(dir.resolve("migrations"));
    CliRunner.Result result = new CliRunner(dir).run(args);
    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("error: " + message + "\n");
    assertThat(result.out()).isEmpty();
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).containsExactly(dir.resolve("migrations"));
    }
    try (Stream<Path> written = Files.list(dir.resolve("migrations"))) {
      assertThat(written).isEmpty();
    }
  }

  private static String[] args(String... args) {
    return args;
  }

  private static Arguments refused(String[] args, String message) {
    return Arguments.of(String.join(" ", args), args, message);
  }
}
