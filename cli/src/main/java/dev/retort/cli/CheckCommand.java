package dev.retort.cli;

import dev.retort.autogen.compare.SchemaDiff;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.revision.RevisionGraph;
import dev.retort.engine.runtime.Migrator;
import java.util.ArrayList;
import java.util.List;
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
    Project project = project();
    RevisionGraph graph = project.migrations().graph();
    Migrator migrator = project.migrator();
    List<String> problems = new ArrayList<>();
    List<String> heads = graph.heads();
    List<String> current = migrator.current();
    if (heads.size() > 1) {
      problems.add("The migrations have " + heads.size() + " heads (" + String.join(", ", heads) + "): join them"
          + " with `retort merge -m \"...\"`.");
    } else if (!current.equals(heads)) {
      problems.add("The database is at " + (current.isEmpty() ? "base" : String.join(", ", current))
          + " but the head is " + (heads.isEmpty() ? "base" : heads.get(0)) + ": run `retort upgrade head`.");
    }
    migrator.changedSinceApplied().forEach(id -> problems.add("Applied migration " + graph.get(id).label()
        + " changed since it ran: restore it, or run `retort accept " + id + "`."));
    if (project.settings().entities() != null) {
      SchemaDiff diff;
      try (EntityComparison comparison = EntityComparison.open(project, environment().workingDir(), out(),
          verbose())) {
        diff = comparison.compare();
      }
      diff.upgrade().forEach(op -> problems.add("The entities differ from the database: " + op.describe()
          + " (run `retort autogen`" + (current.equals(heads) ? "" : " after `retort upgrade head`") + ")."));
    }
    if (problems.isEmpty()) {
      out().println("In step: the database is at " + (heads.isEmpty() ? "base" : heads.get(0))
          + (project.settings().entities() == null ? "." : " and matches the entities."));
      return 0;
    }
    problems.forEach(out()::println);
    return ErrorCode.NOT_IN_STEP.exitCode();
  }
}
