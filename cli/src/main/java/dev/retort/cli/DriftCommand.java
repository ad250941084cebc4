package dev.retort.cli;

import dev.retort.engine.error.ErrorCode;
import dev.retort.project.DriftCheck;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;

/** Has the database been changed by hand since its migrations ran? */
@Command(name = "drift", mixinStandardHelpOptions = true,
    description = {"Exit 0 when the database has exactly the schema its applied migrations build; exit 1 with"
        + " the operations that would restore that schema otherwise: what someone changed by hand.",
        "The migrations the version table records are replayed in memory and compared with the database as"
            + " autogen compares; the entities play no part."},
    footerHeading = HelpSections.EXAMPLE,
    footer = "  retort drift --url jdbc:postgresql://db/app --user app --ask-password")
final class DriftCommand extends ConnectingCommand {

  @ArgGroup(validate = false, heading = HelpSections.PROJECT, order = 2)
  ProjectOptions projectOptions = new ProjectOptions();

  @Override
  ProjectOptions projectOptions() {
    return projectOptions;
  }

  @Override
  int run() {
    DriftCheck.Result result = DriftCheck.run(project().connectingAhead(), out());
    if (!result.drifted()) {
      out().println(result.summary());
      return 0;
    }
    result.lines().forEach(out()::println);
    return ErrorCode.NOT_IN_STEP.exitCode();
  }
}
