package dev.retort.cli;

import dev.retort.engine.revision.RevisionGraph;
import dev.retort.engine.revision.RevisionInfo;
import dev.retort.engine.revision.UnknownRevisionException;
import dev.retort.engine.runtime.LoadedMigration;
import dev.retort.engine.runtime.MigrationSet;
import dev.retort.project.Project;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Shows one revision: its place in the graph and what it does. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one revision and its operations.",
    footerHeading = HelpSections.EXAMPLE,
    footer = "  retort show head")
final class ShowCommand extends ProjectCommand {
  @Parameters(index = "0", paramLabel = "REVISION", description = "A revision id or unique prefix, or head.")
  String revision;

  @ArgGroup(validate = false, heading = HelpSections.PROJECT, order = 2)
  ProjectOptions projectOptions = new ProjectOptions();

  @Override
  ProjectOptions projectOptions() {
    return projectOptions;
  }

  @Override
  int run() {
    Project project = project();
    MigrationSet migrations = project.migrations();
    RevisionGraph graph = migrations.graph();
    String id = revision.equals("head") ? graph.singleHead().orElseThrow(() -> new UnknownRevisionException(
        revision, "There is no head to show: " + project.settings().migrationsDir() + " holds no migrations."
            + " Nothing was changed. Write one with `retort autogen` or `retort revision -m \"...\"`."))
        : graph.resolveId(revision);
    RevisionInfo info = graph.get(id);
    LoadedMigration migration = migrations.get(id);
    out().println("Revision: " + info.id());
    out().println("Class:    " + info.source());
    out().println("Parents:  " + (info.parents().isEmpty() ? "<base>" : String.join(", ", info.parents())));
    out().println("Children: " + (graph.children(id).isEmpty() ? "(head)" : String.join(", ", graph.children(id))));
    out().println("Message:  " + info.message());
    out().println("Upgrade:");
    migration.upgradeOps().forEach(op -> out().println("  " + op.describe()));
    out().println("Downgrade:");
    migration.downgradeOps().forEach(op -> out().println("  " + op.describe()));
    return 0;
  }
}
