package dev.retort.project;

import dev.retort.autogen.GeneratedMigration;
import dev.retort.autogen.MigrationWriter;
import dev.retort.autogen.compare.RefusedRename;
import dev.retort.autogen.compare.RenameCandidate;
import dev.retort.autogen.compare.Renames;
import dev.retort.autogen.compare.SchemaDiff;
import dev.retort.autogen.compare.OnlinePlan;
import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.op.OutsideTransaction;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.revision.RevisionGraph;
import dev.retort.engine.risk.Risk;
import dev.retort.engine.risk.RiskAssessor;
import dev.retort.engine.risk.RiskLevel;
import dev.retort.engine.risk.TableRows;
import dev.retort.engine.runtime.MigrationSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** Writes migrations for {@code autogen} and {@code revision}: checks the state, compares, renders, prints. */
public final class MigrationAuthor {
  private static final Pattern REVISION_ID = Pattern.compile("[A-Za-z0-9_]{1,64}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final CommandRun command;
  private final NewMigration options;
  private final Clock clock;

  public MigrationAuthor(CommandRun command, NewMigration options) {
    this.command = command;
    this.options = options;
    this.clock = Clock.systemUTC();
  }

  public int autogenerate(Renames given) {
    return autogenerate(given, null, null);
  }

  /**
   * As above; {@code online} and {@code lockTimeout} are what the front end was given for the planner, null
   * where it gave nothing (retort.properties and the defaults decide then).
   */
  public int autogenerate(Renames given, Boolean online, Duration lockTimeout) {
    Settings settings = command.settings();
    createDefaultFolder(settings);
    Project project = command.project(settings);
    Planning planning = settings.planning().with(online, lockTimeout, project.frontEnd());
    MigrationSet migrations;
    List<String> parents;
    SchemaDiff diff;
    // the entities are discovered while the migrations and the database are read
    try (EntityComparison.Opening opening = EntityComparison.begin(project, command.environment().workingDir())) {
      migrations = project.migrations();
      parents = requireUpToDate(project, migrations.graph());
      try (EntityComparison comparison = opening.open(command.out(), command.verbose())) {
        diff = confirmRenames(comparison, given);
      }
    }
    diff.warnings().forEach(w -> command.out().println("warning: " + w));
    if (diff.isEmpty()) {
      command.out().println("No changes: the database matches the entities in " + settings.entities()
          + ". Nothing was written.");
      return 0;
    }
    write(settings, migrations.graph(), parents, diff.upgrade(), planner(settings, planning));
    return 0;
  }

  /** The online planner where chosen; on a database without the online forms a warning says so. */
  private UnaryOperator<List<SchemaOp>> planner(Settings settings, Planning planning) {
    if (!planning.online()) {
      return UnaryOperator.identity();
    }
    SqlDialect dialect = Dialects.forJdbcUrl(settings.url());
    if (!OnlinePlan.supports(dialect)) {
      command.out().println("warning: the online planner writes PostgreSQL's forms that keep tables available;"
          + " " + dialect.name() + " has none, so the migration has the plain forms.");
    }
    return new OnlinePlan(dialect, planning.lockTimeout());
  }

  /**
   * Asks about each drop-and-add that looks like a rename, on a terminal; elsewhere prints how to confirm it
   * with {@code --rename}. Confirmed renames are compared again, so they become rename operations.
   */
  private SchemaDiff confirmRenames(EntityComparison comparison, Renames given) {
    Renames renames = given;
    SchemaDiff diff = comparison.compare(renames);
    refuseUnmade(diff.refusedRenames(), comparison.frontEnd());
    Environment environment = command.environment();
    if (environment.interactive() && !diff.renameCandidates().isEmpty()) {
      for (RenameCandidate candidate : diff.renameCandidates()) {
        if (environment.prompter().confirm("Did you rename " + candidate.describe() + "?")) {
          renames = renames.with(candidate);
        }
      }
      if (!renames.equals(given)) {
        diff = comparison.compare(renames);
      }
    }
    FrontEnd frontEnd = comparison.frontEnd();
    diff.renameCandidates().forEach(c -> command.out().println("warning: " + c.describe().replace(" to ",
        " is dropped and ") + " added; if that is a rename, rerun with " + frontEnd.setting("rename", c.option())
        + " to keep the data."));
    return diff;
  }

  /** A --rename that names what is not there would otherwise be dropped in silence, and the data with it. */
  private static void refuseUnmade(List<RefusedRename> refused, FrontEnd frontEnd) {
    if (refused.isEmpty()) {
      return;
    }
    String each = String.join("; ", refused.stream().map(r -> frontEnd.setting("rename", r.rename()) + ": "
        + r.reason()).toList());
    throw new RetortException(ErrorCode.USAGE, (refused.size() == 1 ? "A rename cannot be made (" : "Renames"
        + " cannot be made (") + each + "). Nothing was written. Check the names against the database and the"
        + " entities (a rename runs from the database's name to the entities'), or leave the "
        + frontEnd.setting("rename") + " out: autogen without it names the drops and adds that look like"
        + " renames.");
  }

  /** A migration with no operations whose parents are the given revisions, or all heads. */
  public int merge(List<String> revisions) {
    Settings settings = command.settings();
    RevisionGraph graph = command.project(settings).migrations().graph();
    List<String> parents = revisions == null || revisions.isEmpty()
        ? graph.heads() : revisions.stream().map(graph::resolveId).distinct().toList();
    if (parents.size() < 2) {
      throw new RetortException(ErrorCode.USAGE, "A merge joins two or more revisions, but there "
          + (parents.size() == 1 ? "is only " + parents.get(0) : "is none") + " to join. Nothing was written."
          + " Name the revisions to merge, or run `retort heads` to see the heads.");
    }
    write(settings, graph, parents, List.of(), UnaryOperator.identity());
    return 0;
  }

  public int empty() {
    Settings settings = command.settings();
    createDefaultFolder(settings);
    RevisionGraph graph = command.project(settings).migrations().graph();
    write(settings, graph, graph.heads(), List.of(), UnaryOperator.identity());
    return 0;
  }

  private void write(Settings settings, RevisionGraph graph, List<String> parents, List<SchemaOp> plain,
      UnaryOperator<List<SchemaOp>> planner) {
    String message = options.message() == null || options.message().isBlank() ? "autogenerated"
        : options.message();
    List<GeneratedMigration> migrations = new MigrationWriter(settings.migrationsDir(),
        settings.migrationsPackage()).writeChain(revisionIds(graph), parents, message, clock.instant(), plain,
            planner);
    List<SchemaOp> upgrade = planner.apply(plain);
    PrintWriter out = command.out();
    if (migrations.size() > 1) {
      out.println("The change is too large for one transaction (PostgreSQL keeps a lock on every table and index"
          + " it creates or drops until the transaction ends), so it is written as " + migrations.size()
          + " migrations that follow one another.");
    }
    Path workingDir = command.environment().workingDir();
    for (GeneratedMigration migration : migrations) {
      Path shown = migration.file().startsWith(workingDir) ? workingDir.relativize(migration.file())
          : migration.file();
      out.println("Wrote " + shown + " (revision " + migration.revisionId() + ")");
    }
    List<Risk> risks = RiskAssessor.of(Dialects.forJdbcUrl(settings.url())).assess(upgrade, TableRows.UNKNOWN);
    for (int i = 0; i < upgrade.size(); i++) {
      Risk risk = risks.get(i);
      out.println("  " + marker(upgrade.get(i)) + " " + upgrade.get(i).describe()
          + (risk.level() == RiskLevel.SAFE ? "" : "   (" + risk.summary() + ")"));
    }
    if (upgrade.isEmpty()) {
      out.println("  (empty: fill in upgrade() and downgrade())");
    }
  }

  private static String marker(SchemaOp op) {
    SchemaOp inner = op instanceof OutsideTransaction outside ? outside.operation() : op;
    String kind = inner.getClass().getSimpleName();
    if (kind.startsWith("Drop")) {
      return "-";
    }
    if (kind.startsWith("Add") || kind.startsWith("Create")) {
      return "+";
    }
    return "~";
  }

  /** Autogenerate compares with the database, so the database must stand at the head of the migrations. */
  private List<String> requireUpToDate(Project project, RevisionGraph graph) {
    List<String> heads = graph.singleHead().map(List::of).orElse(List.of());
    List<String> current = project.migrator().current();
    if (!current.equals(heads)) {
      String at = current.isEmpty() ? "base (no revision applied)" : String.join(", ", current);
      throw new RetortException(ErrorCode.DATABASE_BEHIND, "The database is at " + at + " but the latest"
          + " migration is " + graph.get(heads.get(0)).label() + ". Autogenerate compares the entities with the"
          + " database, so it would repeat what the pending migrations do. Nothing was written. Run "
          + project.frontEnd().command("upgrade head") + " first, then autogen again.");
    }
    return heads;
  }

  /**
   * The ids of the migrations written, in turn: the first is {@code --rev-id} where given, the next ones that
   * id with {@code _2}, {@code _3}, ...; random otherwise.
   */
  private Supplier<String> revisionIds(RevisionGraph graph) {
    int[] written = {0};
    return () -> {
      written[0]++;
      if (written[0] == 1 || options.revisionId() == null) {
        return revisionId(graph);
      }
      String id = options.revisionId() + "_" + written[0];
      if (!REVISION_ID.matcher(id).matches() || graph.find(id).isPresent()) {
        throw new RetortException(ErrorCode.USAGE, "The change is written as several migrations, and the id"
            + " --rev-id gives the next one, " + id + ", is " + (graph.find(id).isPresent() ? "taken" : "too long")
            + ". Only the migrations before it were written. Remove them and rerun with a shorter --rev-id, or"
            + " leave it out.");
      }
      return id;
    };
  }

  private String revisionId(RevisionGraph graph) {
    if (options.revisionId() == null) {
      byte[] bytes = new byte[6];
      RANDOM.nextBytes(bytes);
      return HexFormat.of().formatHex(bytes);
    }
    if (!REVISION_ID.matcher(options.revisionId()).matches()) {
      throw new RetortException(ErrorCode.USAGE, "--rev-id '" + options.revisionId() + "' is not a usable"
          + " revision id. Nothing was written. Use letters, digits and underscores, such as 3f2a9c1b7e10.");
    }
    if (graph.find(options.revisionId()).isPresent()) {
      throw new RetortException(ErrorCode.REVISION_GRAPH_INVALID, "Revision " + options.revisionId()
          + " already exists (" + graph.get(options.revisionId()).source() + "). Nothing was written. Choose"
          + " another --rev-id or leave it out.");
    }
    return options.revisionId();
  }

  /** Without retort.properties and --migrations the default folder is created on first use. */
  private void createDefaultFolder(Settings settings) {
    Path workingDir = command.environment().workingDir();
    if (command.createsMigrationsFolder() && !Files.isDirectory(settings.migrationsDir())) {
      try {
        Files.createDirectories(settings.migrationsDir());
        command.out().println("Created migrations folder " + workingDir.relativize(settings.migrationsDir()) + ".");
      } catch (IOException e) {
        throw new RetortException(ErrorCode.IO, "Cannot create the migrations folder "
            + settings.migrationsDir() + ": " + e.getMessage() + ". Nothing was written. Create it by hand or"
            + " run `retort init`.", e);
      }
    }
  }
}
