package dev.retort.cli;

import dev.retort.engine.revision.RevisionGraph;
import dev.retort.engine.revision.RevisionInfo;
import dev.retort.engine.revision.TargetResolver;
import dev.retort.engine.runtime.AppliedRevision;
import dev.retort.engine.runtime.Migrator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Lists the revisions, newest first. */
@Command(name = "history", mixinStandardHelpOptions = true,
    description = "List the revisions, newest first, marking heads and the current revision(s); with"
        + " --verbose also its class, when it was applied and whether it changed since.",
    footerHeading = HelpSections.EXAMPLE,
    footer = "  retort history -r base:head --verbose")
final class HistoryCommand extends ConnectingCommand {
  @Option(names = {"-r", "--range"}, paramLabel = "FROM:TO",
      description = "Only revisions from FROM to TO, both included; either side may be empty (base, head).")
  String range;

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
    if (graph.isEmpty()) {
      out().println("No migrations in " + project.settings().migrationsDir() + ".");
      return 0;
    }
    Migrator migrator = project.migrator();
    List<String> current = migrator.current();
    Set<String> shown = shown(graph, current);
    List<RevisionInfo> newestFirst = new ArrayList<>(graph.revisions().stream()
        .filter(r -> shown.contains(r.id())).toList());
    Collections.reverse(newestFirst);
    Revisions revisions = new Revisions(graph);
    Map<String, AppliedRevision> applied = new HashMap<>();
    if (verbose()) {
      migrator.applied().forEach(row -> applied.put(row.revision(), row));
    }
    List<String> changed = verbose() ? migrator.changedSinceApplied() : List.of();
    for (RevisionInfo revision : newestFirst) {
      out().println(revisions.line(revision, current));
      if (verbose()) {
        AppliedRevision row = applied.get(revision.id());
        out().println("    class " + revision.source() + "; " + (row == null ? "not applied"
            : "applied " + row.appliedAt() + (changed.contains(revision.id()) ? "; CHANGED since applied" : "")));
      }
    }
    return 0;
  }

  private Set<String> shown(RevisionGraph graph, List<String> current) {
    Set<String> all = graph.revisions().stream().map(RevisionInfo::id).collect(Collectors.toSet());
    if (range == null) {
      return all;
    }
    RevisionRange ends = RevisionRange.parse(range, null, "history -r");
    TargetResolver targets = new TargetResolver(graph);
    Set<String> applied = graph.ancestry(current);
    Set<String> upTo = ends.to().isEmpty() ? all : graph.ancestry(targets.resolve(ends.to(), applied));
    Set<String> from = all;
    if (!ends.from().isEmpty() && !ends.from().equals("base")) {
      from = new HashSet<>();
      for (String start : targets.resolve(ends.from(), applied)) {
        from.addAll(graph.descendants(start));
      }
    }
    Set<String> result = new HashSet<>(upTo);
    result.retainAll(from);
    return result;
  }
}
