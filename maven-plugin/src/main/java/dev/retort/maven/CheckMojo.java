package dev.retort.maven;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.project.InStepCheck;
import dev.retort.project.OfflineCheck;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * For CI: fails the build when the database is behind the migrations, an applied migration changed since it
 * ran, or (with an entity package) the entities differ from the database. Compiles the project first.
 */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public final class CheckMojo extends EntityMojo {
  /** Check without a database: replay the migrations in memory and compare the entities with the result. */
  @Parameter(property = "retort.offline", defaultValue = "false")
  boolean offline;

  /** With offline: postgresql, mariadb or h2, the database the migrations are for. */
  @Parameter(property = "retort.dialect")
  String dialect;

  @Override
  void run() throws MojoFailureException {
    boolean withoutDatabase = Boolean.parseBoolean(given("offline", String.valueOf(offline)));
    InStepCheck.Result result = withoutDatabase ? OfflineCheck.run(project(), offlineDialect(), out(), verbose())
        : InStepCheck.run(project(), out(), verbose());
    if (result.inStep()) {
      out().println(result.summary());
      return;
    }
    int count = result.problems().size();
    throw new MojoFailureException("Not in step" + (count == 1 ? "" : " (" + count + " problems)") + ": "
        + String.join(" ", result.problems()));
  }

  /** The database an offline check is for; a missing or unknown name is a mistake in the build's settings. */
  private SqlDialect offlineDialect() {
    String name = given("dialect", dialect);
    if (name == null) {
      throw new RetortException(ErrorCode.CONFIGURATION, "An offline check (-Dretort.offline) needs the database"
          + " the migrations are for, and none was named. Nothing was done. Add -Dretort.dialect=postgresql,"
          + " mariadb or h2 (or <dialect> in the plugin's configuration).");
    }
    try {
      return Dialects.forName(name);
    } catch (RetortException e) {
      throw new RetortException(ErrorCode.CONFIGURATION, "-Dretort.dialect=" + name + " is not a database Retort"
          + " checks migrations for. Nothing was done. Use postgresql, mariadb or h2.", e);
    }
  }
}
