package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retort generate-completion} prints a bash/zsh completion script without a project or a database. */
class CompletionTest {
  @TempDir
  Path dir;

  @Test
  void theScriptNamesEveryCommandAndNeedsNoProjectNorDatabase() throws Exception {
    // a retort.properties every other command refuses, and an unreachable database: completion reads neither
    Files.writeString(dir.resolve("retort.properties"), "URL=jdbc:postgresql://db.invalid/app\n");
    CliRunner.Result result = new CliRunner(dir).withVariables(Map.of("RETORT_URL",
        "jdbc:postgresql://127.0.0.1:1/nowhere")).run("generate-completion");
    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).startsWith("#!/usr/bin/env bash\n#\n# retort Bash Completion\n")
        .contains("\n  local commands=\"init autogen revision upgrade downgrade current history heads branches show"
            + " stamp merge check drift review accept generate-completion help\"\n")
        .endsWith("\ncomplete -F _complete_retort -o default retort retort.sh retort.bash\n\n");
    for (String command : new String[] {"init", "autogen", "revision", "upgrade", "downgrade", "current", "history",
        "heads", "branches", "show", "stamp", "merge", "check", "drift", "review", "accept"}) {
      assertThat(result.out()).as(command).contains("\nfunction _picocli_retort_" + command + "() {\n");
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(dir.resolve("retort.properties"));
    }
  }

  /** Sourced in bash, the script completes commands, and each command's own options only. */
  @Test
  void bashCompletesCommandsAndTheirOwnOptions() throws Exception {
    Path script = dir.resolve("retort.bash");
    Files.writeString(script, new CliRunner(dir).run("generate-completion").out());
    assertThat(complete(script, "retort", "cur")).isEqualTo("current");
    assertThat(complete(script, "retort", "current", "--u")).isEqualTo("--url --user");
    assertThat(complete(script, "retort", "current", "--s")).isEmpty();
    assertThat(complete(script, "retort", "upgrade", "--s")).isEqualTo("--sql --single-transaction");
  }

  private static String complete(Path script, String... words) throws Exception {
    String line = String.join(" ", words);
    String program = "source '" + script + "' 2>/dev/null; COMP_WORDS=(" + line + "); COMP_CWORD="
        + (words.length - 1) + "; COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}; _complete_retort"
        + " 2>/dev/null; echo \"${COMPREPLY[*]}\"";
    Process bash;
    try {
      bash = new ProcessBuilder("bash", "-c", program).redirectErrorStream(true).start();
    } catch (IOException e) {
      Assumptions.abort("bash is not available: " + e.getMessage());
      throw new AssertionError("unreachable");
    }
    assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
  }
}
