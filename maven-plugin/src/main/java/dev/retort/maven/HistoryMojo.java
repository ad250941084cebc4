package dev.retort.maven;

import dev.retort.project.RevisionListing;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Lists the revisions, newest first, marking heads and the current revision(s). */
@Mojo(name = "history", threadSafe = true)
public final class HistoryMojo extends RetortMojo {
  /** Only revisions from FROM to TO, both included; either side may be empty (base, head). */
  @Parameter(property = "retort.range")
  String range;

  @Override
  void run() {
    new RevisionListing(project(), out()).history(given("range", range), verbose());
  }
}
