package dev.retort.cli;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints a failure as one paragraph and maps it to its exit code; the cause chain only with --verbose. */
final class ErrorReporter implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception thrown, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    // picocli hands over an Error wrapped, since it takes only exceptions
    Throwable failure = thrown instanceof CommandLine.ExecutionException
        && thrown.getCause() instanceof Error error ? error : thrown;
    ErrorCode code;
    String message;
    if (failure instanceof RetortException retort) {
      code = retort.code();
      message = retort.getMessage();
    } else {
      code = ErrorCode.INTERNAL;
      message = "Retort failed unexpectedly: " + failure + ". The database was left as the last completed step"
          + " left it. Rerun with --verbose and report the output.";
    }
    err.println("error: " + message);
    if (verbose(parseResult)) {
      failure.printStackTrace(err);
    }
    err.flush();
    return code.exitCode();
  }

  private static boolean verbose(ParseResult parseResult) {
    for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
