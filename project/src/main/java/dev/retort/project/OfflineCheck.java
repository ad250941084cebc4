package dev.retort.project;

import dev.retort.autogen.OfflineDatabase;
import dev.retort.autogen.compare.SchemaDiff;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.revision.RevisionGraph;
import dev.retort.engine.runtime.SchemaReplay;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code check --offline}, for CI without a database: do the migrations, replayed in memory from base to the
 * head, build the entities' schema? Nothing connects; the entities are mapped for the newest supported version
 * of the database named, and expressions are compared as written.
 */
public final class OfflineCheck {
  private OfflineCheck() {}

  /**
   * Runs the check for {@code dialect}; {@code out} gets what entity discovery says and a warning naming the
   * revisions whose raw SQL or JDBC code the replay could not follow.
   */
  public static InStepCheck.Result run(Project project, SqlDialect dialect, PrintWriter out, boolean verbose) {
    FrontEnd words = project.frontEnd();
    RevisionGraph graph = project.migrations().graph();
    List<String> heads = graph.heads();
    if (heads.size() > 1) {
      return new InStepCheck.Result(List.of("The migrations have " + heads.size() + " heads ("
          + String.join(", ", heads) + "): join them with " + words.command("merge -m \"...\"") + "."), "");
    }
    OfflineDatabase database = OfflineDatabase.of(dialect);
    List<String> problems = new ArrayList<>();
    try (EntityComparison comparison = EntityComparison.open(project, project.folder(), out, verbose)) {
      SchemaReplay replay = SchemaReplay.of(project.migrations().all());
      UntrackedChanges.warn(replay, out);
      SchemaDiff diff = comparison.compareOffline(database, replay.schema());
      diff.upgrade().forEach(op -> problems.add("The entities differ from the migrations: " + op.describe()
          + " (run " + words.command("autogen") + ")."));
    }
    String summary = "In step: the migrations up to " + (heads.isEmpty() ? "base" : heads.get(0))
        + " build the entities' schema (checked offline for " + database.describe() + ").";
    return new InStepCheck.Result(problems, summary);
  }
}
