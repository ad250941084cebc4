package dev.retort.maven;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.project.MigrationAuthor;
import dev.retort.project.NewMigration;
import dev.retort.project.Planning;
import dev.retort.project.RenameList;
import java.time.Duration;
import java.util.List;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Compares the entities with the database and writes one migration class for the difference into the
 * project's source tree ({@code src/main/java/<migrationsPackage>}). Compiles the project first.
 */
@Mojo(name = "autogen", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public final class AutogenMojo extends EntityMojo {
  /** What the migration does; also names the class. */
  @Parameter(property = "retort.message")
  String message;

  /** Confirmed renames, so their data is kept: table.column=newcolumn or oldtable=newtable. */
  @Parameter
  List<String> renames;

  /** Write the forms that keep PostgreSQL's tables available (as planner=online in retort.properties). */
  @Parameter(property = "retort.online")
  Boolean online;

  /** How long each statement of an online migration may wait for a lock, as 2s or 500ms; 0 for no limit. */
  @Parameter(property = "retort.onlineLockTimeout")
  String onlineLockTimeout;

  @Override
  void run() {
    String chosen = given("online", online == null ? null : online.toString());
    new MigrationAuthor(this, new NewMigration(given("message", message), null))
        .autogenerate(RenameList.parse(givenList("rename", renames), frontEnd()),
            chosen == null ? null : Boolean.valueOf(chosen), lockTimeout());
  }

  private Duration lockTimeout() {
    String text = given("onlineLockTimeout", onlineLockTimeout);
    if (text == null) {
      return null;
    }
    Duration parsed = Planning.parseLockTimeout(text);
    if (parsed == null || parsed.isNegative()) {
      throw new RetortException(ErrorCode.CONFIGURATION, "The online lock timeout " + text + " (-Dretort"
          + ".onlineLockTimeout or <onlineLockTimeout>) is " + (parsed == null ? "not a duration" : "negative")
          + ". Nothing was written. Give how long each statement of an online migration may wait for a lock,"
          + " such as 2s (the default) or 500ms, or 0 for no limit.");
    }
    return parsed;
  }
}
