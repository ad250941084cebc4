package dev.retort.project;

import dev.retort.autogen.compare.SchemaDiff;
import dev.retort.engine.revision.RevisionGraph;
import dev.retort.engine.runtime.Migrator;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code check} asks, for CI: does the database stand at the head, are its applied migrations unchanged, and
 * (when an entity package is set) do the entities match it?
 */
public final class InStepCheck {
  private InStepCheck() {}

  /**
   * What the check found.
   *
   * @param problems every problem, each a sentence naming the next step: a CI run shows all it has to fix at once
   * @param summary the line to print when there is none
   */
  public record Result(List<String> problems, String summary) {
    public Result {
      problems = List.copyOf(problems);
    }

    public boolean inStep() {
      return problems.isEmpty();
    }
  }

  /** Runs the check; {@code out} gets what entity discovery says ({@code verbose}: the classes it skipped). */
  public static Result run(Project project, PrintWriter out, boolean verbose) {
    FrontEnd words = project.frontEnd();
    RevisionGraph graph = project.migrations().graph();
    Migrator migrator = project.migrator();
    List<String> problems = new ArrayList<>();
    List<String> heads = graph.heads();
    List<String> current = migrator.current();
    if (heads.size() > 1) {
      problems.add("The migrations have " + heads.size() + " heads (" + String.join(", ", heads) + "): join them"
          + " with " + words.command("merge -m \"...\"") + ".");
    } else if (!current.equals(heads)) {
      problems.add("The database is at " + (current.isEmpty() ? "base" : String.join(", ", current))
          + " but the head is " + (heads.isEmpty() ? "base" : heads.get(0)) + ": run "
          + words.command("upgrade head") + ".");
    }
    migrator.changedSinceApplied().forEach(id -> problems.add("Applied migration " + graph.get(id).label()
        + " changed since it ran: restore it, or run " + words.command("accept " + id) + "."));
    if (project.settings().entities() != null) {
      SchemaDiff diff;
      try (EntityComparison comparison = EntityComparison.open(project, project.folder(), out, verbose)) {
        diff = comparison.compare();
      }
      diff.upgrade().forEach(op -> problems.add("The entities differ from the database: " + op.describe()
          + " (run " + words.command("autogen") + (current.equals(heads) ? ""
          : " after " + words.command("upgrade head")) + ")."));
    }
    String summary = "In step: the database is at " + (heads.isEmpty() ? "base" : heads.get(0))
        + (project.settings().entities() == null ? "." : " and matches the entities.");
    return new Result(problems, summary);
  }
}
