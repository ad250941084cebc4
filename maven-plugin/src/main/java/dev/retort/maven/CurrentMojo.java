package dev.retort.maven;

import dev.retort.project.RevisionListing;
import org.apache.maven.plugins.annotations.Mojo;

/** Shows the revision(s) the database stands at. */
@Mojo(name = "current", threadSafe = true)
public final class CurrentMojo extends RetortMojo {
  @Override
  void run() {
    new RevisionListing(project(), out()).current();
  }
}
