package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each command's help lists the options it uses and no other, in the sections Connection, Project and
 * Behaviour, and ends with an example.
 */
class CommandHelpTest {
  private static final Pattern HEADING = Pattern.compile("^([A-Z][a-z]+):$");
  private static final Pattern OPTION = Pattern.compile("^(?:  -\\w, |      )(--[a-z-]+)");

  private static final List<String> CONNECTION = List.of("--url", "--user", "--password", "--ask-password",
      "--connect-timeout", "--read-timeout");
  private static final List<String> PROJECT = List.of("--migrations");
  private static final List<String> ENTITIES = List.of("--migrations", "--entities", "--classpath", "--include",
      "--exclude", "--schema");
  private static final List<String> PLAIN = List.of("--help", "--version", "--verbose");

  @TempDir
  Path dir;

  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of("init", sections(null, List.of("--migrations", "--package", "--entities"), PLAIN)),
        Arguments.of("autogen", sections(CONNECTION, ENTITIES,
            List.of("--help", "--message", "--online", "--online-lock-timeout", "--rename", "--rev-id", "--version",
                "--verbose"))),
        Arguments.of("revision", sections(CONNECTION, ENTITIES,
            List.of("--autogenerate", "--help", "--message", "--online", "--online-lock-timeout", "--rename",
                "--rev-id", "--version", "--verbose"))),
        Arguments.of("upgrade", sections(CONNECTION, PROJECT, List.of("--dialect", "--help", "--lock-timeout",
            "--single-transaction", "--sql", "--version", "--verbose"))),
        Arguments.of("downgrade", sections(CONNECTION, PROJECT, List.of("--dialect", "--help", "--lock-timeout",
            "--single-transaction", "--sql", "--version", "--verbose"))),
        Arguments.of("current", sections(CONNECTION, PROJECT, PLAIN)),
        Arguments.of("history", sections(CONNECTION, PROJECT, List.of("--help", "--range", "--version",
            "--verbose"))),
        Arguments.of("heads", sections(null, PROJECT, PLAIN)),
        Arguments.of("branches", sections(null, PROJECT, PLAIN)),
        Arguments.of("show", sections(null, PROJECT, PLAIN)),
        Arguments.of("stamp", sections(CONNECTION, PROJECT, List.of("--help", "--lock-timeout", "--purge",
            "--version", "--verbose"))),
        Arguments.of("merge", sections(null, PROJECT, List.of("--help", "--message", "--rev-id", "--version",
            "--verbose"))),
        Arguments.of("check", sections(CONNECTION, ENTITIES, List.of("--dialect", "--help", "--offline",
            "--version", "--verbose"))),
        Arguments.of("drift", sections(CONNECTION, PROJECT, PLAIN)),
        Arguments.of("review", sections(CONNECTION, PROJECT, List.of("--dialect", "--dialects", "--fail-on",
            "--format", "--help", "--range", "--version", "--verbose"))),
        Arguments.of("accept", sections(CONNECTION, PROJECT, List.of("--help", "--lock-timeout", "--version",
            "--verbose"))),
        Arguments.of("generate-completion", sections(null, null, List.of("--help", "--version"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void theHelpListsWhatTheCommandUsesInSections(String command, Map<String, List<String>> expected) {
    CliRunner.Result help = new CliRunner(dir).run(command, "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.err()).isEmpty();
    assertThat(optionSections(help.out())).as(help.out()).isEqualTo(expected);
    if (!command.equals("generate-completion")) {
      assertThat(help.out()).as(help.out()).containsOnlyOnce("\nExample:\n  retort " + command);
    }
  }

  @Test
  void currentDoesNotOfferWhatOnlyUpgradeAndDowngradeMean() {
    String help = new CliRunner(dir).run("current", "--help").out();
    assertThat(help).doesNotContain("--sql").doesNotContain("--dialect").doesNotContain("--lock-timeout")
        .doesNotContain("--single-transaction");
  }

  @Test
  void theRootListsTheGlobalOptionsAndEveryCommand() {
    CliRunner.Result help = new CliRunner(dir).run("--help");
    assertThat(optionSections(help.out())).isEqualTo(sections(CONNECTION, PROJECT,
        List.of("--help", "--lock-timeout", "--version", "--verbose")));
    assertThat(help.out()).contains("\nCommands:\n  init ").contains("\n  generate-completion  ")
        .endsWith("\nExample:\n  retort --url jdbc:postgresql://db/app --user app --ask-password upgrade head\n"
            + "  source <(retort generate-completion)\n");
  }

  /** The option sections of a help text in their order, each with its long option names in theirs. */
  private static Map<String, List<String>> optionSections(String help) {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : help.split("\n")) {
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        current = List.of("Connection", "Project", "Behaviour").contains(heading.group(1)) ? new ArrayList<>()
            : null;
        if (current != null) {
          sections.put(heading.group(1), current);
        }
        continue;
      }
      Matcher option = OPTION.matcher(line);
      if (current != null && option.find()) {
        current.add(option.group(1));
      }
    }
    return sections;
  }

  private static Map<String, List<String>> sections(List<String> connection, List<String> project,
      List<String> behaviour) {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    if (connection != null) {
      sections.put("Connection", connection);
    }
    if (project != null) {
      sections.put("Project", project);
    }
    sections.put("Behaviour", behaviour);
    return sections;
  }
}
