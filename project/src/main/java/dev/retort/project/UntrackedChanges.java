package dev.retort.project;

import dev.retort.engine.runtime.SchemaReplay;
import java.io.PrintWriter;

/** The warning that a replay in memory could not follow every change, naming the revisions that hold them. */
final class UntrackedChanges {
  private UntrackedChanges() {}

  static void warn(SchemaReplay replay, PrintWriter out) {
    if (!replay.untracked().isEmpty()) {
      out.println("warning: " + String.join(", ", replay.untracked()) + (replay.untracked().size() == 1
          ? " holds" : " hold") + " raw SQL or JDBC code, which a replay in memory cannot follow: a schema"
          + " change made there is not compared.");
    }
  }
}
