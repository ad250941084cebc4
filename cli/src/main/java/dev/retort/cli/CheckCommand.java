package dev.retort.cli;

import dev.retort.engine.error.ErrorCode;
import dev.retort.project.InStepCheck;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;

/** For CI: is the database at the head, unchanged since, and (with entities) matching them? */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Exit 0 when the database stands at the head, its applied migrations are unchanged and the"
        + " entities match it; exit 1 with the list of differences otherwise.", "The entities are compared only"
        + " with --entities (or entities in retort.properties), and as autogen compares them."},
    footerHeading = HelpSections.EXAMPLE,
    footer = "  retort check --entities com.example.model --classpath target/classes")
final class CheckCommand extends ConnectingCommand {

  @ArgGroup(validate = false, heading = HelpSections.PROJECT, order = 2)
  EntityOptions projectOptions = new EntityOptions();

  @Override
  ProjectOptions projectOptions() {
    return projectOptions;
  }

  /** Every problem found, each on a line of its own: a CI run shows all it has to fix at once. */
  @Override
  int run() {
    InStepCheck.Result result = InStepCheck.run(project(), out(), verbose());
    if (result.inStep()) {
      out().println(result.summary());
      return 0;
    }
    result.problems().forEach(out()::println);
    return ErrorCode.NOT_IN_STEP.exitCode();
  }
}
