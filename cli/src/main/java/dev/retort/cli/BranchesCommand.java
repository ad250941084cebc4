package dev.retort.cli;

import dev.retort.engine.revision.RevisionGraph;
import dev.retort.engine.revision.RevisionInfo;
import dev.retort.project.Revisions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;

/** Lists where the history branches, and the branch labels. */
@Command(name = "branches", mixinStandardHelpOptions = true,
    description = "List the revisions where the history branches, and the branch labels.",
    footerHeading = HelpSections.EXAMPLE,
    footer = "  retort branches")
final class BranchesCommand extends ProjectCommand {
  @ArgGroup(validate = false, heading = HelpSections.PROJECT, order = 2)
  ProjectOptions projectOptions = new ProjectOptions();

  @Override
  ProjectOptions projectOptions() {
    return projectOptions;
  }

  @Override
  int run() {
    RevisionGraph graph = project().migrations().graph();
    boolean any = false;
    for (RevisionInfo revision : graph.revisions()) {
      if (graph.children(revision.id()).size() > 1) {
        out().println(Revisions.describe(revision) + " branches into "
            + String.join(", ", graph.children(revision.id())));
        any = true;
      }
      for (String label : revision.branchLabels()) {
        out().println("label " + label + ": starts at " + revision.id());
        any = true;
      }
    }
    if (!any) {
      out().println("No branches: the history is a single line.");
    }
    return 0;
  }
}
