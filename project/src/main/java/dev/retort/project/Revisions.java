package dev.retort.project;

import dev.retort.engine.revision.RevisionGraph;
import dev.retort.engine.revision.RevisionInfo;
import dev.retort.engine.runtime.MigrationResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** How revisions are printed: {@code <parent> -> <id> (head, current), <message>}. */
public final class Revisions {
  private final RevisionGraph graph;

  public Revisions(RevisionGraph graph) {
    this.graph = graph;
  }

  public static String describe(RevisionInfo info) {
    return info.label() + (info.message().isEmpty() ? "" : ": " + info.message());
  }

  public String line(RevisionInfo revision, List<String> current) {
    String parents = revision.parents().isEmpty() ? "<base>" : String.join(", ", revision.parents());
    List<String> marks = new ArrayList<>();
    if (graph.heads().contains(revision.id())) {
      marks.add("head");
    }
    if (current.contains(revision.id())) {
      marks.add("current");
    }
    return parents + " -> " + revision.id() + (marks.isEmpty() ? "" : " (" + String.join(", ", marks) + ")")
        + ", " + revision.message();
  }

  public void printOutcome(PrintWriter out, MigrationResult result, String verb) {
    String where = result.current().isEmpty() ? "base (no revision applied)" : String.join(", ", result.current());
    if (result.steps().isEmpty()) {
      out.println("Nothing to " + verb + "; the database is at " + where + ".");
    } else {
      out.println("Done: " + result.steps().size() + " migration(s); the database is now at " + where + ".");
    }
  }
}
