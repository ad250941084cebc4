package dev.retort.cli;

import dev.retort.engine.revision.RevisionGraph;
import dev.retort.engine.revision.RevisionInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import picocli.CommandLine.Command;

/** Lists the revisions, newest first. */
@Command(name = "history", mixinStandardHelpOptions = true,
    description = "List the revisions, newest first, marking heads and the current revision(s).")
final class HistoryCommand extends ProjectCommand {
  @Override
  public Integer call() {
    Project project = project();
    RevisionGraph graph = project.migrations().graph();
    if (graph.isEmpty()) {
      out().println("No migrations in " + project.settings().migrationsDir() + ".");
      return 0;
    }
    List<String> current = project.migrator().current();
    List<RevisionInfo> newestFirst = new ArrayList<>(graph.revisions());
    Collections.reverse(newestFirst);
    Revisions revisions = new Revisions(graph);
    newestFirst.forEach(r -> out().println(revisions.line(r, current)));
    return 0;
  }
}
