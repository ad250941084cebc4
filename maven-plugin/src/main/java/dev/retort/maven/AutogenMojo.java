package dev.retort.maven;

import dev.retort.project.MigrationAuthor;
import dev.retort.project.NewMigration;
import dev.retort.project.RenameList;
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

  @Override
  void run() {
    new MigrationAuthor(this, new NewMigration(given("message", message), null))
        .autogenerate(RenameList.parse(givenList("rename", renames), frontEnd()));
  }
}
