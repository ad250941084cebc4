package dev.retort.cli;

import dev.retort.engine.revision.RevisionGraph;
import dev.retort.project.Revisions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;

/** Lists the heads of the revision graph. */
@Command(name = "heads", mixinStandardHelpOptions = true,
    description = "List the heads: revisions no other revision follows.",
    footerHeading = HelpSections.EXAMPLE,
    footer = "  retort heads")
final class HeadsCommand extends ProjectCommand {
  @ArgGroup(validate = false, heading = HelpSections.PROJECT, order = 2)
  ProjectOptions projectOptions = new ProjectOptions();

  @Override
  ProjectOptions projectOptions() {
    return projectOptions;
  }

  @Override
  int run() {
    RevisionGraph graph = project().migrations().graph();
    graph.heads().forEach(id -> out().println(Revisions.describe(graph.get(id))));
    if (graph.heads().size() > 1) {
      out().println("Several heads: join them with `retort merge -m \"...\"`.");
    }
    return 0;
  }
}
