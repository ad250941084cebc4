package dev.retort.project;

import dev.retort.autogen.DriftComparison;
import dev.retort.autogen.compare.SchemaDiff;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.revision.RevisionGraph;
import dev.retort.engine.revision.RevisionInfo;
import dev.retort.engine.runtime.AppliedRevision;
import dev.retort.engine.runtime.Connector;
import dev.retort.engine.runtime.LoadedMigration;
import dev.retort.engine.runtime.MigrationSet;
import dev.retort.engine.runtime.Migrator;
import dev.retort.engine.runtime.SchemaReplay;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code drift}: has someone changed the database by hand? The migrations the version table records as applied
 * are replayed in memory, in graph order, and the schema they build is compared with the live one. Entities
 * play no part.
 */
public final class DriftCheck {
  private DriftCheck() {}

  /**
   * What the check found.
   *
   * @param restore the operations that would bring the database back to its migrations' schema
   * @param applied how many applied migrations were replayed
   * @param words how the front end names the next step
   */
  public record Result(List<SchemaOp> restore, int applied, FrontEnd words) {
    public Result {
      restore = List.copyOf(restore);
    }

    public boolean drifted() {
      return !restore.isEmpty();
    }

    /** The line to print when nothing drifted. */
    public String summary() {
      return "No drift: the database matches its " + applied + " applied migration" + (applied == 1 ? "" : "s")
          + ".";
    }

    /** The report of what drifted: a heading, one operation a line, and the next step. */
    public List<String> lines() {
      List<String> lines = new ArrayList<>();
      lines.add("The database differs from the schema its " + applied + " applied migration"
          + (applied == 1 ? " builds" : "s build") + ". What would restore it:");
      restore.forEach(op -> lines.add("  " + op.describe()));
      lines.add("Undo these changes by hand, or keep them: write a migration that makes them and record it"
          + " with " + words.command("stamp head") + ".");
      return lines;
    }
  }

  /** Runs the check; {@code out} gets the comparison's warnings and those of the replay. */
  public static Result run(Project project, PrintWriter out) {
    MigrationSet migrations = project.migrations();
    Migrator migrator = project.migrator();
    List<AppliedRevision> rows = migrator.applied();
    Set<String> applied = rows.stream().map(AppliedRevision::revision).collect(Collectors.toSet());
    SchemaReplay replay = SchemaReplay.of(replayed(migrations, applied, project.frontEnd()));
    // the replay follows the sources as they are now, which may not be what ran
    migrator.changedSinceApplied(rows).forEach(id -> out.println("warning: Applied migration "
        + migrations.graph().get(id).label() + " changed since it ran, and is replayed as it is now: a difference"
        + " there may be the change, not the database."));
    UntrackedChanges.warn(replay, out);
    SchemaDiff diff = compare(project, replay);
    diff.warnings().forEach(w -> out.println("warning: " + w));
    return new Result(diff.upgrade(), replay.replayed(), project.frontEnd());
  }

  /** The applied migrations, parents first; a revision no migration defines is an error. */
  private static List<LoadedMigration> replayed(MigrationSet migrations, Set<String> applied, FrontEnd words) {
    RevisionGraph graph = migrations.graph();
    List<String> unknown = applied.stream().filter(id -> graph.find(id).isEmpty()).sorted().toList();
    if (!unknown.isEmpty()) {
      throw new RetortException(ErrorCode.UNKNOWN_REVISION, "The database records revision(s) "
          + String.join(", ", unknown) + " as applied, but no migration defines them, so the schema they built"
          + " is unknown. Nothing was done. Restore the missing migration source, or point "
          + words.setting("migrations.dir") + " at the folder that has it.");
    }
    List<LoadedMigration> replayed = new ArrayList<>();
    for (RevisionInfo revision : graph.revisions()) {
      if (applied.contains(revision.id())) {
        replayed.add(migrations.get(revision.id()));
      }
    }
    return replayed;
  }

  private static SchemaDiff compare(Project project, SchemaReplay replay) {
    Settings settings = project.settings();
    Connector connector = project.connector();
    try (Connection connection = connector.open()) {
      return new DriftComparison(project.dialect(), settings.tableSelection()).compare(connection,
          replay.schema());
    } catch (SQLException e) {
      throw connector.readTimedOut("reading the schema", e).orElseGet(() -> new RetortException(
          ErrorCode.DATABASE_ERROR, "Comparing the database with its migrations failed: " + e.getMessage()
          + ". Nothing was changed. Check the database and rerun.", e));
    } catch (RetortException e) {
      throw connector.readTimedOut("reading the schema", e).orElse(e);
    }
  }
}
