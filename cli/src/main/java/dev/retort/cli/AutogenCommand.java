package dev.retort.cli;

import dev.retort.project.MigrationAuthor;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Compares the entities with the database and writes a migration for the difference. */
@Command(name = "autogen", mixinStandardHelpOptions = true,
    description = "Compare the entities with the database and write one migration class for the difference.",
    footerHeading = HelpSections.EXAMPLE,
    footer = {"  retort autogen -m \"add lastUpdated\"",
        "  retort autogen --entities com.example.model -m \"add lastUpdated\"",
        "  retort autogen --online -m \"index packages by author\""})
final class AutogenCommand extends ConnectingCommand {

  @ArgGroup(validate = false, heading = HelpSections.PROJECT, order = 2)
  EntityOptions projectOptions = new EntityOptions();

  @Mixin
  GenerateOptions generate;

  @Mixin
  RenameOptions renames;

  @Mixin
  OnlineOptions online;

  @Override
  ProjectOptions projectOptions() {
    return projectOptions;
  }

  @Override
  void validate() {
    super.validate();
    renames.parse();
    online.validate();
  }

  @Override
  int run() {
    return new MigrationAuthor(this, generate.naming()).autogenerate(renames.parse(), online.online,
        online.lockTimeout());
  }
}
