package dev.retort.engine.runtime;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.error.SettingNames;
import dev.retort.engine.revision.RevisionGraph;
import dev.retort.engine.revision.RevisionInfo;
import dev.retort.engine.revision.TargetResolver;
import dev.retort.engine.revision.UnknownRevisionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/** Works out which migrations to run, in which order, to move from what is applied to a target. */
public final class MigrationPlanner {
  private final MigrationSet migrations;
  private final RevisionGraph graph;
  private final SettingNames names;

  public MigrationPlanner(MigrationSet migrations) {
    this(migrations, SettingNames.COMMAND_LINE);
  }

  /** A planner whose messages name the settings as {@code names} does. */
  public MigrationPlanner(MigrationSet migrations, SettingNames names) {
    this.migrations = migrations;
    this.graph = migrations.graph();
    this.names = names;
  }

  /** Every missing ancestor of the target, parents first. */
  public List<Step> upgrade(String target, Set<String> applied) {
    requireKnown(applied);
    Set<String> wanted = graph.ancestry(new TargetResolver(graph).resolve(target, applied));
    List<Step> steps = new ArrayList<>();
    for (RevisionInfo revision : graph.revisions()) {
      if (wanted.contains(revision.id()) && !applied.contains(revision.id())) {
        steps.add(new Step(migrations.get(revision.id()), Direction.UPGRADE));
      }
    }
    return steps;
  }

  /** Every applied revision that is not an ancestor of the target, children first. */
  public List<Step> downgrade(String target, Set<String> applied) {
    requireKnown(applied);
    List<String> keepTips = new TargetResolver(graph).resolve(target, applied);
    for (String tip : keepTips) {
      if (!applied.contains(tip)) {
        throw new UnknownRevisionException(target, "Cannot downgrade to " + graph.get(tip).label()
            + ": it is not applied, so downgrading cannot reach it. Nothing was changed. Run `retort current`"
            + " to see where the database stands, or `retort upgrade " + target + "`.");
      }
    }
    Set<String> keep = graph.ancestry(keepTips);
    List<Step> steps = new ArrayList<>();
    for (RevisionInfo revision : graph.revisions()) {
      if (applied.contains(revision.id()) && !keep.contains(revision.id())) {
        steps.add(new Step(migrations.get(revision.id()), Direction.DOWNGRADE));
      }
    }
    Collections.reverse(steps);
    return steps;
  }

  /** Every applied revision must be defined by a migration. */
  void requireKnown(Set<String> applied) {
    List<String> unknown = applied.stream().filter(id -> graph.find(id).isEmpty()).sorted().toList();
    if (!unknown.isEmpty()) {
      throw new RetortException(ErrorCode.UNKNOWN_REVISION, "The database records revision(s) "
          + String.join(", ", unknown) + " as applied, but no migration defines them. Nothing was changed."
          + " Restore the missing migration source, or point " + names.setting("migrations.dir")
          + " at the folder that has it.");
    }
  }
}
