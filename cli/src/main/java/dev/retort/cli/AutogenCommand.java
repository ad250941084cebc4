package dev.retort.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Compares the entities with the database and writes a migration for the difference. */
@Command(name = "autogen", mixinStandardHelpOptions = true,
    description = "Compare the entities with the database and write one migration class for the difference.")
final class AutogenCommand extends ProjectCommand {
  @Mixin
  GenerateOptions generate;

  @Override
  public Integer call() {
    return new MigrationAuthor(this, generate).autogenerate();
  }
}
