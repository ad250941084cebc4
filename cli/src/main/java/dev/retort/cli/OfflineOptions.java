package dev.retort.cli;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
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

  /** {@code FROM:TO}, or just {@code TO} with {@code defaultFrom}. */
  static String[] range(String target, String defaultFrom, String command) {
    int colon = target.indexOf(':');
    if (colon < 0) {
      if (defaultFrom == null) {
        throw new RetortException(ErrorCode.USAGE, command + " --sql needs a range FROM:TO, such as head:base,"
            + " because no database is read. Nothing was printed.");
      }
      return new String[] {defaultFrom, target};
    }
    return new String[] {target.substring(0, colon), target.substring(colon + 1)};
  }

  OfflineScript script(Project project) {
    SqlDialect chosen = dialect == null ? project.dialect() : Dialects.forName(dialect);
    return new OfflineScript(chosen, project.migrations());
  }
}
