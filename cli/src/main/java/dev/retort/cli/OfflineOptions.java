package dev.retort.cli;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.runtime.OfflineScript;
import picocli.CommandLine.Option;

/** {@code --sql}: print the script instead of running it, without connecting. */
public final class OfflineOptions {
  @Option(names = "--sql", description = "Print the SQL instead of running it; no connection is made."
      + " TARGET may be FROM:TO.")
  boolean sql;

  @Option(names = "--dialect", paramLabel = "DATABASE",
      description = "With --sql: postgresql, mariadb or h2 (default: the one --url names).")
  String dialect;

  OfflineScript script(Project project) {
    SqlDialect chosen = dialect == null ? project.dialect() : Dialects.forName(dialect);
    return new OfflineScript(chosen, project.migrations());
  }
}
