package dev.retort.cli;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.project.Environment;
import java.io.PrintWriter;
import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The root command. Its options are the global ones, given before the command name: each counts for the
 * commands that use it (an alias may carry them), as if given after the name.
 */
@Command(
    name = "retort",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Autogenerating schema migrations for Hibernate and JPA applications.", "",
        "The options below may come before the command (then they count for every command that uses them) or"
            + " after it; `retort COMMAND --help` lists the options a command takes."},
    footerHeading = HelpSections.EXAMPLE,
    footer = {"  retort --url jdbc:postgresql://db/app --user app --ask-password upgrade head",
        "  source <(retort generate-completion)"})
public final class RetortCommand implements Runnable {
  /** In the order help lists them. */
  private static final List<Class<?>> SUBCOMMANDS = List.of(
      InitCommand.class,
      AutogenCommand.class,
      RevisionCommand.class,
      UpgradeCommand.class,
      DowngradeCommand.class,
      CurrentCommand.class,
      HistoryCommand.class,
      HeadsCommand.class,
      BranchesCommand.class,
      ShowCommand.class,
      StampCommand.class,
      MergeCommand.class,
      CheckCommand.class,
      DriftCommand.class,
      ReviewCommand.class,
      AcceptCommand.class,
      AutoComplete.GenerateCompletion.class,
      CommandLine.HelpCommand.class);

  private final Environment environment;

  @Spec
  CommandSpec spec;

  @ArgGroup(validate = false, heading = HelpSections.CONNECTION, order = 1)
  ConnectionOptions connection = new ConnectionOptions();

  @ArgGroup(validate = false, heading = HelpSections.PROJECT, order = 2)
  ProjectOptions projectOptions = new ProjectOptions();

  @Mixin
  LockOptions lock;

  @Option(names = "--verbose",
      description = "Print the cause chain of errors, and the classes of the entity package never loaded.")
  boolean verbose;

  public RetortCommand(Environment environment) {
    this.environment = environment;
  }

  Environment environment() {
    return environment;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: say what to do, e.g."
        + " `retort upgrade head`.");
  }

  /** The global options' own nonsense, refused whichever command runs. */
  void validate() {
    projectOptions.validate();
    lock.validate();
    if (connection.askPassword && connection.password != null) {
      throw askedAndGiven();
    }
  }

  static RetortException askedAndGiven() {
    return new RetortException(ErrorCode.USAGE, "--ask-password and --password both give the password."
        + " Nothing was done. Use one: --ask-password to type it without echo, or the RETORT_PASSWORD"
        + " environment variable (or --password, which others may see in the process list).");
  }

  /** A configured command line with every command; tests use it with their own folder, environment and writers. */
  public static CommandLine commandLine(Environment environment, PrintWriter out, PrintWriter err) {
    return commandLine(environment, out, err, List.of());
  }

  /**
   * A configured command line for {@code args}: with only the command they name, when they name one, since
   * building every command's model from its annotations costs more than many commands take to run; with every
   * command otherwise (help, completion, a mistyped name).
   */
  public static CommandLine commandLine(Environment environment, PrintWriter out, PrintWriter err,
      List<String> args) {
    CommandLine commandLine = new CommandLine(new RetortCommand(environment));
    Class<?> named = SubcommandName.find(commandLine.getCommandSpec(), SUBCOMMANDS, args);
    for (Class<?> subcommand : named == null ? SUBCOMMANDS : List.of(named)) {
      commandLine.addSubcommand(subcommand);
    }
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(new ErrorReporter());
    commandLine.setParameterExceptionHandler(new UsageErrorReporter());
    commandLine.setExecutionStrategy(RetortCommand::execute);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    everyCommand(commandLine);
    return commandLine;
  }

  /** picocli lets an {@link Error} escape, and the JVM then exits 1, which is check's: report it instead. */
  private static int execute(ParseResult parseResult) {
    try {
      return new CommandLine.RunLast().execute(parseResult);
    } catch (Error e) {
      ParseResult last = parseResult;
      while (last.subcommand() != null) {
        last = last.subcommand();
      }
      throw new CommandLine.ExecutionException(last.commandSpec().commandLine(), e.toString(), e);
    }
  }

  /** Exit 1 is check's alone: even a failing error handler ends as a bug in Retort. Help in sections. */
  private static void everyCommand(CommandLine commandLine) {
    commandLine.getCommandSpec().exitCodeOnExecutionException(ErrorCode.INTERNAL.exitCode());
    HelpSections.apply(commandLine.getCommandSpec());
    commandLine.getSubcommands().values().forEach(RetortCommand::everyCommand);
  }

  public static void main(String[] args) {
    StartUp startUp = StartUp.begin(List.of(args).contains("--verbose"));
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    CommandLine commandLine = commandLine(Environment.current(), out, err, List.of(args));
    startUp.await();
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
