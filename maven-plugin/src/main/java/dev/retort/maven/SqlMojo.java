package dev.retort.maven;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.runtime.OfflineScript;
import dev.retort.project.Project;
import dev.retort.project.RevisionRange;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the SQL of an upgrade (or, with {@code -Dretort.downgrade}, a downgrade) to a file under
 * {@code target/} for a DBA to run, without connecting to any database.
 */
@Mojo(name = "sql", threadSafe = true)
public final class SqlMojo extends RetortMojo {
  /** TO (from base), or FROM:TO; a downgrade needs FROM:TO, such as head:base. */
  @Parameter(property = "retort.target", defaultValue = "head")
  String target;

  /** Write the downgrade script instead of the upgrade one. */
  @Parameter(property = "retort.downgrade", defaultValue = "false")
  boolean downgrade;

  /** postgresql, mariadb or h2 (default: the one the URL names). */
  @Parameter(property = "retort.dialect")
  String dialect;

  /** The script file (default: target/retort/upgrade.sql, or downgrade.sql). */
  @Parameter(property = "retort.output")
  File output;

  @Override
  void run() {
    Project project = project();
    boolean down = Boolean.parseBoolean(given("downgrade", String.valueOf(downgrade)));
    String chosenDialect = given("dialect", dialect);
    SqlDialect sqlDialect = chosenDialect == null ? project.dialect() : Dialects.forName(chosenDialect);
    OfflineScript script = new OfflineScript(sqlDialect, project.migrations());
    String range = given("target", target);
    String sql;
    if (down) {
      RevisionRange ends = RevisionRange.parse(range, null, "retort:sql -Dretort.downgrade");
      sql = script.downgrade(ends.from(), ends.to());
    } else {
      RevisionRange ends = RevisionRange.parse(range, "base", "retort:sql");
      sql = script.upgrade(ends.from(), ends.to());
    }
    String file = given("output", output == null ? null : output.getPath());
    Path written = file != null ? project.folder().resolve(file)
        : Path.of(this.project.getBuild().getDirectory(), "retort", down ? "downgrade.sql" : "upgrade.sql");
    try {
      Files.createDirectories(written.toAbsolutePath().getParent());
      Files.writeString(written, sql, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RetortException(ErrorCode.IO, "Cannot write the script " + written + ": " + e + ". Nothing else"
          + " was written; no database was opened. Check the folder and rerun.", e);
    }
    out().println("Wrote " + project.folder().relativize(written.toAbsolutePath()) + " (" + sqlDialect.name()
        + ", " + (down ? "downgrade " : "upgrade ") + range + ").");
  }
}
