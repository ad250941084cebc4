package dev.retort.cli;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.review.JsonReport;
import dev.retort.engine.review.MarkdownReport;
import dev.retort.engine.review.Review;
import dev.retort.engine.revision.RevisionGraph;
import dev.retort.engine.revision.TargetResolver;
import dev.retort.engine.risk.RiskLevel;
import dev.retort.engine.risk.RowEstimates;
import dev.retort.engine.risk.TableRows;
import dev.retort.engine.runtime.MigrationPlanner;
import dev.retort.engine.runtime.MigrationSet;
import dev.retort.engine.runtime.Step;
import dev.retort.project.DatabaseName;
import dev.retort.project.Project;
import dev.retort.project.RevisionRange;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * For a pull request or CI: the risk of each operation the database has not applied yet (or of a range, or
 * offline), with its SQL and the table's estimated rows. The report alone goes to standard output.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
    description = {"Report the risk (safe, caution, danger) of each operation of the migrations the database has"
        + " not applied, with the reasons, the safer way, the SQL and the tables' estimated rows.",
        "With -r FROM:TO, the migrations after FROM up to TO; with --dialect, offline, from base unless -r says"
            + " otherwise."},
    footerHeading = HelpSections.EXAMPLE,
    footer = {"  retort review --fail-on danger", "  retort review --dialect postgresql -r base:head --format json"})
final class ReviewCommand extends ConnectingCommand {
  /** How the report is written. */
  enum Format { MARKDOWN, JSON }

  /** The level that makes the review fail. */
  enum FailOn { DANGER, CAUTION }

  @Option(names = {"-r", "--range"}, paramLabel = "FROM:TO",
      description = "The migrations after FROM up to TO (either side may be empty: base, heads) instead of those"
          + " the database has not applied.")
  String range;

  @Option(names = "--dialect", paramLabel = "DATABASE",
      description = "Review offline for postgresql, mariadb or h2: no connection, no estimated rows.")
  String dialect;

  @Option(names = "--dialects", paramLabel = "DATABASES", split = ",",
      description = "The databases to show the SQL for, such as postgresql,mariadb,h2 (default: the one reviewed"
          + " for).")
  List<String> dialects;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
      description = "markdown (for a pull-request comment; the default) or json.")
  Format format;

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "Exit 1 when an operation reaches danger, or caution (which includes danger).")
  FailOn failOn;

  @ArgGroup(validate = false, heading = HelpSections.PROJECT, order = 2)
  ProjectOptions projectOptions = new ProjectOptions();

  @Override
  ProjectOptions projectOptions() {
    return projectOptions;
  }

  @Override
  void validate() {
    super.validate();
    if (dialect != null) {
      named("--dialect", dialect);
      List<String> online = new ArrayList<>();
      for (String option : List.of("--url", "--user", "--password", "--ask-password")) {
        if (spec.commandLine().getParseResult().hasMatchedOption(option)
            || root.spec.commandLine().getParseResult().hasMatchedOption(option)) {
          online.add(option);
        }
      }
      if (!online.isEmpty()) {
        throw new RetortException(ErrorCode.USAGE, "--dialect " + dialect + " reviews offline, and "
            + Listing.and(online) + " name a database to connect to. Nothing was done. Leave out --dialect to"
            + " review against the database, or " + Listing.and(online) + " to review offline.");
      }
    }
    if (dialects != null) {
      dialects.forEach(name -> named("--dialects", name));
    }
  }

  @Override
  int run() {
    Project project = project();
    MigrationSet migrations = project.migrations();
    Review review;
    if (dialect != null) {
      SqlDialect offline = named("--dialect", dialect);
      review = Review.of(steps(migrations, Set.of()), offline, sqlFor(offline), TableRows.UNKNOWN);
    } else {
      SqlDialect online = project.dialect();
      try (Connection connection = project.connector().open()) {
        Set<String> applied = range == null
            ? migrations.graph().ancestry(project.migrator().current()) : Set.of();
        TableRows rows = RowEstimates.read(connection, online);
        review = Review.of(steps(migrations, applied), online, sqlFor(online), rows);
      } catch (SQLException e) {
        throw new RetortException(ErrorCode.DATABASE_ERROR, "Cannot read the tables' estimated rows from "
            + DatabaseName.of(project.settings().url(), project.settings().user()) + ": " + e.getMessage()
            + ". Nothing was changed. Check the user may read the catalog, or review offline with --dialect.", e);
      }
    }
    out().print(format == Format.JSON ? JsonReport.of(review) : MarkdownReport.of(review));
    out().flush();
    RiskLevel limit = failOn == null ? null : RiskLevel.valueOf(failOn.name());
    return limit != null && review.highest().compareTo(limit) >= 0 ? ErrorCode.RISK_FOUND.exitCode() : 0;
  }

  /** The upgrades under review: those after the range's start up to its end, or those not yet applied. */
  private List<Step> steps(MigrationSet migrations, Set<String> applied) {
    if (range == null) {
      return new MigrationPlanner(migrations).upgrade("heads", applied);
    }
    RevisionRange ends = RevisionRange.parse(range, "base", "review -r");
    RevisionGraph graph = migrations.graph();
    String from = ends.from().isEmpty() ? "base" : ends.from();
    String to = ends.to().isEmpty() ? "heads" : ends.to();
    Set<String> before = new HashSet<>(graph.ancestry(new TargetResolver(graph).resolve(from, Set.of())));
    return new MigrationPlanner(migrations).upgrade(to, before);
  }

  private List<SqlDialect> sqlFor(SqlDialect reviewed) {
    if (dialects == null || dialects.isEmpty()) {
      return List.of(reviewed);
    }
    return dialects.stream().map(name -> named("--dialects", name)).toList();
  }

  /** An unknown name is a usage error here: the option is mistyped, not a setting. */
  private static SqlDialect named(String option, String name) {
    try {
      return Dialects.forName(name);
    } catch (RetortException e) {
      throw new RetortException(ErrorCode.USAGE, option + " '" + name + "' is not a database Retort writes SQL"
          + " for. Nothing was done. Use postgresql, mariadb or h2.", e);
    }
  }
}
