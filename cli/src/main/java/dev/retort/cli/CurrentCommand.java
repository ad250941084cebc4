package dev.retort.cli;

import dev.retort.engine.revision.RevisionGraph;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;

/** Shows the revision(s) the database stands at. */
@Command(name = "current", mixinStandardHelpOptions = true,
    description = "Show the revision(s) the database stands at.",
    footerHeading = HelpSections.EXAMPLE,
    footer = "  retort current")
final class CurrentCommand extends ConnectingCommand {

  @ArgGroup(validate = false, heading = HelpSections.PROJECT, order = 2)
  ProjectOptions projectOptions = new ProjectOptions();

  @Override
  ProjectOptions projectOptions() {
    return projectOptions;
  }

  @Override
  int run() {
    Project project = project();
    RevisionGraph graph = project.migrations().graph();
    List<String> current = project.migrator().current();
    if (current.isEmpty()) {
      out().println("base (no revision applied)" + (graph.isEmpty() ? "" : "; run `retort upgrade head`"));
    }
    Revisions revisions = new Revisions(graph);
    current.forEach(id -> out().println(revisions.line(graph.get(id), current)));
    return 0;
  }
}
