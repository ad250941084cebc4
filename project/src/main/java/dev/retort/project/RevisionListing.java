package dev.retort.project;

import dev.retort.engine.revision.RevisionGraph;
import dev.retort.engine.revision.RevisionInfo;
import dev.retort.engine.revision.TargetResolver;
import dev.retort.engine.runtime.AppliedRevision;
import dev.retort.engine.runtime.Migrator;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code current} and {@code history}: where the database stands, and the revisions, newest first. */
public final class RevisionListing {
  private final Project project;
  private final PrintWriter out;

  public RevisionListing(Project project, PrintWriter out) {
    this.project = project;
    this.out = out;
  }

  /** The revision(s) the database stands at, one line each. */
  public void current() {
    RevisionGraph graph = project.migrations().graph();
    List<String> current = project.migrator().current();
    if (current.isEmpty()) {
      out.println("base (no revision applied)" + (graph.isEmpty() ? ""
          : "; run " + project.frontEnd().command("upgrade head")));
    }
    Revisions revisions = new Revisions(graph);
    current.forEach(id -> out.println(revisions.line(graph.get(id), current)));
  }

  /**
   * The revisions newest first, marking heads and the current revision(s); {@code range} ({@code FROM:TO}, or
   * null for all) limits them; {@code verbose} adds each one's class, when it was applied and whether it changed
   * since.
   */
  public void history(String range, boolean verbose) {
    RevisionGraph graph = project.migrations().graph();
    if (graph.isEmpty()) {
      out.println("No migrations in " + project.settings().migrationsDir() + ".");
      return;
    }
    Migrator migrator = project.migrator();
    List<String> current = migrator.current();
    Set<String> shown = shown(graph, current, range);
    List<RevisionInfo> newestFirst = new ArrayList<>(graph.revisions().stream()
        .filter(r -> shown.contains(r.id())).toList());
    Collections.reverse(newestFirst);
    Revisions revisions = new Revisions(graph);
    Map<String, AppliedRevision> applied = new HashMap<>();
    if (verbose) {
      migrator.applied().forEach(row -> applied.put(row.revision(), row));
    }
    List<String> changed = verbose ? migrator.changedSinceApplied() : List.of();
    for (RevisionInfo revision : newestFirst) {
      out.println(revisions.line(revision, current));
      if (verbose) {
        AppliedRevision row = applied.get(revision.id());
        out.println("    class " + revision.source() + "; " + (row == null ? "not applied"
            : "applied " + row.appliedAt() + (changed.contains(revision.id()) ? "; CHANGED since applied" : "")));
      }
    }
  }

  private static Set<String> shown(RevisionGraph graph, List<String> current, String range) {
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
