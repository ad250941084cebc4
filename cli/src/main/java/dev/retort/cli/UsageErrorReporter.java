package dev.retort.cli;

import dev.retort.engine.error.ErrorCode;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Prints a command line picocli cannot parse as one short paragraph, exit 2, without the whole usage: an option
 * another command takes is named as such, anything else in picocli's words with its suggestions.
 */
final class UsageErrorReporter implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException thrown, String[] args) {
    CommandLine command = thrown.getCommandLine();
    PrintWriter err = command.getErr();
    String name = command.getCommandSpec().qualifiedName();
    String option = unmatchedOption(thrown);
    List<String> others = option == null ? List.of() : commandsTaking(option);
    if (!others.isEmpty()) {
      err.println("error: `" + name + "` does not use " + option + ", so it does not take it (" + taking(others)
          + "). Nothing was done. `" + name + " --help` lists the options it takes.");
    } else {
      err.println("error: " + thrown.getMessage());
      UnmatchedArgumentException.printSuggestions(thrown, err);
      err.println("Nothing was done. `" + name + " --help` lists the options and arguments it takes.");
    }
    err.flush();
    return ErrorCode.USAGE.exitCode();
  }

  /** The first unmatched argument that looks like an option, without any {@code =value}. */
  private static String unmatchedOption(ParameterException thrown) {
    if (!(thrown instanceof UnmatchedArgumentException unmatched) || !unmatched.isUnknownOption()) {
      return null;
    }
    String first = unmatched.getUnmatched().get(0);
    int equals = first.indexOf('=');
    return equals < 0 ? first : first.substring(0, equals);
  }

  /** The commands that take {@code option}, named as typed; the command line at hand may hold only one. */
  private static List<String> commandsTaking(String option) {
    CommandLine every = RetortCommand.commandLine(null, new PrintWriter(Writer.nullWriter()),
        new PrintWriter(Writer.nullWriter()));
    return every.getSubcommands().values().stream().map(CommandLine::getCommandSpec)
        .filter(spec -> spec.findOption(option) != null).map(spec -> "`" + spec.qualifiedName() + "`").toList();
  }

  /** {@code `retort upgrade` and `retort downgrade` do}; past three, how many more. */
  private static String taking(List<String> commands) {
    if (commands.size() == 1) {
      return commands.get(0) + " does";
    }
    if (commands.size() <= 3) {
      return Listing.and(commands) + " do";
    }
    return String.join(", ", commands.subList(0, 3)) + " and " + (commands.size() - 3) + " more do";
  }
}
