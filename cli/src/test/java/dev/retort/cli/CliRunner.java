package dev.retort.cli;

import dev.retort.project.Environment;
import dev.retort.project.PasswordReader;
import dev.retort.project.Prompter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs retort commands in a folder of the test's own, as a user would, capturing output and exit code. */
final class CliRunner {
  record Result(int exitCode, String out, String err) {
    /** Standard error without the line that names the database a command connects to. */
    String errorText() {
      return err.startsWith("Database: ") ? err.substring(err.indexOf('\n') + 1) : err;
    }

    /** The database the command named before it connected, or null. */
    String database() {
      return err.startsWith("Database: ") ? err.substring("Database: ".length(), err.indexOf('\n')) : null;
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  private final Path workingDir;
  private final Map<String, String> variables;
  private final Prompter prompter;
  private final PasswordReader passwordReader;

  CliRunner(Path workingDir) {
    this(workingDir, Map.of(), null, null);
  }

  CliRunner(Path workingDir, Map<String, String> variables, Prompter prompter, PasswordReader passwordReader) {
    this.workingDir = workingDir;
    this.variables = variables;
    this.prompter = prompter;
    this.passwordReader = passwordReader;
  }

  CliRunner withVariables(Map<String, String> newVariables) {
    return new CliRunner(workingDir, newVariables, prompter, passwordReader);
  }

  /** As if on a terminal where the user answers with {@code answers}. */
  CliRunner answering(Prompter answers) {
    return new CliRunner(workingDir, variables, answers, passwordReader);
  }

  /** As if on a terminal where {@code reader} stands for the user typing a password. */
  CliRunner typingPasswords(PasswordReader reader) {
    return new CliRunner(workingDir, variables, prompter, reader);
  }

  Path workingDir() {
    return workingDir;
  }

  Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = RetortCommand.commandLine(new Environment(workingDir, variables, prompter, passwordReader),
        new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}
