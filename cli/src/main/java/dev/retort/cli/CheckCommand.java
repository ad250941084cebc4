package dev.retort.cli;

import dev.retort.autogen.OfflineDatabase;
import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.project.InStepCheck;
import dev.retort.project.OfflineCheck;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * For CI: is the database at the head, unchanged since, and (with entities) matching them? Offline: do the
 * migrations build the entities' schema?
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Exit 0 when the database stands at the head, its applied migrations are unchanged and the"
        + " entities match it; exit 1 with the list of differences otherwise.", "The entities are compared only"
        + " with --entities (or entities in retort.properties), and as autogen compares them.", "With --offline"
        + " --dialect, no database: the migrations are replayed in memory from base to the head and the entities"
        + " compared with the schema they build."},
    footerHeading = HelpSections.EXAMPLE,
    footer = {"  retort check --entities com.example.model --classpath target/classes",
        "  retort check --offline --dialect postgresql --entities com.example.model"})
final class CheckCommand extends ConnectingCommand {

  @ArgGroup(validate = false, heading = HelpSections.PROJECT, order = 2)
  EntityOptions projectOptions = new EntityOptions();

  @Option(names = "--offline",
      description = "Check without a database: replay the migrations in memory and compare the entities with the"
          + " schema they build, mapped for the newest version of --dialect's database Retort supports ("
          + OfflineDatabase.ASSUMED + "); checks and defaults are compared as written.")
  boolean offline;

  @Option(names = "--dialect", paramLabel = "DATABASE",
      description = "With --offline: postgresql, mariadb or h2, the database the migrations are checked for.")
  String dialect;

  @Override
  ProjectOptions projectOptions() {
    return projectOptions;
  }

  @Override
  void validate() {
    super.validate();
    if (dialect != null && !offline) {
      throw new RetortException(ErrorCode.USAGE, "--dialect " + dialect + " names the database an offline check"
          + " is for, and `" + name() + "` without --offline checks the database the URL names. Nothing was"
          + " done. Add --offline to check without a database, or leave --dialect out.");
    }
    if (!offline) {
      return;
    }
    if (dialect == null) {
      throw new RetortException(ErrorCode.USAGE, "--offline checks without a database, so it needs --dialect to"
          + " know which database the migrations are for. Nothing was done. Add --dialect postgresql, mariadb"
          + " or h2, or leave out --offline to check against the database.");
    }
    dialect();
    List<String> online = new ArrayList<>();
    for (String option : List.of("--url", "--user", "--password", "--ask-password")) {
      if (spec.commandLine().getParseResult().hasMatchedOption(option)
          || root.spec.commandLine().getParseResult().hasMatchedOption(option)) {
        online.add(option);
      }
    }
    if (!online.isEmpty()) {
      String options = Listing.and(online);
      throw new RetortException(ErrorCode.USAGE, "--offline checks without a database, and " + options
          + (online.size() == 1 ? " names" : " name") + " a database to connect to. Nothing was done. Leave out"
          + " --offline to check against the database, or " + options + " to check offline.");
    }
  }

  /** Every problem found, each on a line of its own: a CI run shows all it has to fix at once. */
  @Override
  int run() {
    InStepCheck.Result result = offline ? OfflineCheck.run(project(), dialect(), out(), verbose())
        : InStepCheck.run(project().connectingAhead(), out(), verbose());
    if (result.inStep()) {
      out().println(result.summary());
      return 0;
    }
    result.problems().forEach(out()::println);
    return ErrorCode.NOT_IN_STEP.exitCode();
  }

  /** An unknown name is a usage error here: the option is mistyped, not a setting. */
  private SqlDialect dialect() {
    try {
      return Dialects.forName(dialect);
    } catch (RetortException e) {
      throw new RetortException(ErrorCode.USAGE, "--dialect '" + dialect + "' is not a database Retort checks"
          + " migrations for. Nothing was done. Use postgresql, mariadb or h2.", e);
    }
  }
}
