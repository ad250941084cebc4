package dev.retort.cli;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.runtime.OfflineScript;
import dev.retort.project.Project;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How {@code upgrade} and {@code downgrade} run: against the database, in one transaction or one per migration,
 * waiting so long for the lock; or, with {@code --sql}, as a printed script that connects to nothing.
 */
public final class RunOptions {
  @Option(names = "--sql", description = "Print the SQL instead of running it; no connection is made."
      + " TARGET may be FROM:TO.")
  boolean sql;

  @Option(names = "--dialect", paramLabel = "DATABASE",
      description = "With --sql: postgresql, mariadb or h2 (default: the one --url names).")
  String dialect;

  @Option(names = "--single-transaction",
      description = "Run all migrations in one transaction, all or nothing (PostgreSQL).")
  boolean singleTransaction;

  @Mixin
  LockOptions lock;

  /** Refuses what only one of the two ways of running means. */
  void validate(String command) {
    if (dialect != null && !sql) {
      throw new RetortException(ErrorCode.USAGE, "--dialect " + dialect + " only chooses the SQL of a --sql"
          + " script, and `retort " + command + "` without --sql runs on the database the URL names. Nothing was"
          + " done. Add --sql to print the script, or leave --dialect out.");
    }
    if (dialect != null) {
      dialect();
    }
    List<String> online = new ArrayList<>();
    if (singleTransaction) {
      online.add("--single-transaction");
    }
    if (lock.given()) {
      online.add("--lock-timeout");
    }
    if (sql && !online.isEmpty()) {
      String options = Listing.and(online);
      throw new RetortException(ErrorCode.USAGE, options + (online.size() == 1 ? " applies" : " apply") + " to a"
          + " run on the database, and --sql prints a script instead (one transaction per migration on"
          + " PostgreSQL, no lock). Nothing was done. Leave out --sql to run, or " + options + " to print the"
          + " script.");
    }
  }

  OfflineScript script(Project project) {
    return new OfflineScript(dialect == null ? project.dialect() : dialect(), project.migrations());
  }

  /** An unknown name is a usage error here: the option is mistyped, not a setting. */
  private SqlDialect dialect() {
    try {
      return Dialects.forName(dialect);
    } catch (RetortException e) {
      throw new RetortException(ErrorCode.USAGE, "--dialect '" + dialect + "' is not a database Retort writes"
          + " SQL for. Nothing was done. Use postgresql, mariadb or h2.", e);
    }
  }
}
