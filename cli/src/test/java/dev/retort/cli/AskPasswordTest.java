package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --ask-password} reads the password on the terminal, without echo, once, when the command first
 * connects; without a terminal it says what to use instead.
 */
class AskPasswordTest {
  @TempDir
  Path dir;

  private String url;
  private final List<String> prompts = new ArrayList<>();

  @BeforeEach
  void databaseWithAPassword() throws Exception {
    Files.createDirectories(dir.resolve("migrations"));
    Files.writeString(dir.resolve("migrations/Authors.java"), ExitCodeTest.migration("Authors", "authors00001",
        "", "op.createTable(\"authors\", column(\"id\", bigint()).notNull(), primaryKey(\"id\"));",
        "op.dropTable(\"authors\", column(\"id\", bigint()).notNull(), primaryKey(\"id\"));"));
    url = "jdbc:h2:file:" + dir.resolve("app");
    assertThat(new CliRunner(dir).run("current", "--url", url, "--password", "s3cret").exitCode()).isZero();
  }

  private CliRunner typing(String password) {
    return new CliRunner(dir).typingPasswords(prompt -> {
      prompts.add(prompt);
      return password == null ? null : password.toCharArray();
    });
  }

  @Test
  void theTypedPasswordIsUsedAndAskedForOnce() {
    CliRunner.Result upgrade = typing("s3cret").run("upgrade", "--url", url, "--ask-password");
    assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
    assertThat(upgrade.err()).isEqualTo("Database: " + url + " (user sa)\n");
    assertThat(upgrade.out()).endsWith("Done: 1 migration(s); the database is now at authors00001.\n");
    assertThat(prompts).containsExactly("Password for " + url + " (user sa): ");

    CliRunner.Result before = typing("s3cret").run("--ask-password", "--url", url, "current");
    assertThat(before.exitCode()).as(before.toString()).isZero();
    assertThat(before.out()).isEqualTo("<base> -> authors00001 (head, current), Authors\n");

    CliRunner.Result wrong = typing("guess").run("current", "--url", url, "--ask-password");
    assertThat(wrong.exitCode()).isEqualTo(6);
    assertThat(wrong.errorText()).doesNotContain("guess");
  }

  @Test
  void withoutATerminalItSaysWhatToUseInstead() {
    CliRunner.Result result = new CliRunner(dir).run("current", "--url", url, "--ask-password");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.database()).isEqualTo(url + " (user sa)");
    assertThat(result.errorText()).isEqualTo("error: --ask-password needs a terminal to ask on, and there is none"
        + " (standard input or output is a pipe or a file). Nothing was done; no database was opened. Give the"
        + " password in the RETORT_PASSWORD environment variable, or with --password.\n");
  }

  @Test
  void anInputThatEndsIsNoPassword() {
    CliRunner.Result result = typing(null).run("current", "--url", url, "--ask-password");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errorText()).isEqualTo("error: --ask-password got no password: the input ended before a"
        + " line was typed. Nothing was done; no database was opened. Type the password and press Enter, or give"
        + " it in RETORT_PASSWORD.\n");
  }

  @Test
  void askingAndGivingThePasswordIsRefused() {
    String refused = "error: --ask-password and --password both give the password. Nothing was done. Use one:"
        + " --ask-password to type it without echo, or the RETORT_PASSWORD environment variable (or --password,"
        + " which others may see in the process list).\n";
    for (String[] args : new String[][] {{"current", "--ask-password", "--password", "x"},
        {"--password", "x", "current", "--ask-password"}, {"--ask-password", "--password", "x", "heads"}}) {
      CliRunner.Result result = typing("s3cret").run(args);
      assertThat(result.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(result.err()).isEqualTo(refused);
    }
    assertThat(prompts).isEmpty();
  }

  /** A script is written without connecting, so nothing is asked, terminal or not. */
  @Test
  void anOfflineScriptAsksNothing() {
    CliRunner.Result script = new CliRunner(dir).run("--ask-password", "upgrade", "--sql", "--dialect", "h2");
    assertThat(script.exitCode()).as(script.toString()).isZero();
    assertThat(script.err()).isEmpty();
    CliRunner.Result heads = typing("s3cret").run("--ask-password", "heads");
    assertThat(heads.exitCode()).isZero();
    assertThat(prompts).isEmpty();
  }
}
