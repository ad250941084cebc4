package dev.retort.cli;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.project.SettingsResolver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes retort.properties and creates the migrations folder. */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = "Write retort.properties and create the migrations folder.",
    footerHeading = HelpSections.EXAMPLE,
    footer = "  retort init --entities com.example.model --package com.example.migrations")
final class InitCommand extends ProjectCommand {
  @ArgGroup(validate = false, heading = HelpSections.PROJECT, order = 2)
  InitOptions projectOptions = new InitOptions();

  /** What retort.properties is written with. */
  static final class InitOptions extends ProjectOptions {
    @Option(names = "--package", paramLabel = "PACKAGE", defaultValue = SettingsResolver.DEFAULT_PACKAGE,
        description = "Java package of generated migrations (default: ${DEFAULT-VALUE}).")
    String migrationsPackage = SettingsResolver.DEFAULT_PACKAGE;

    @Option(names = "--entities", paramLabel = "PACKAGE", description = "Entity package to autogenerate from.")
    String entities;

    @Override
    void validate() {
      super.validate();
      requirePackage("--entities", entities);
      if (!SettingsResolver.isJavaPackage(migrationsPackage)) {
        throw new RetortException(ErrorCode.USAGE, "--package '" + migrationsPackage + "' is not a Java package"
            + " name. Nothing was written. Use a name like com.example.migrations.");
      }
    }
  }

  @Override
  ProjectOptions projectOptions() {
    return projectOptions;
  }

  @Override
  int run() {
    Path workingDir = environment().workingDir();
    Path properties = workingDir.resolve(SettingsResolver.PROPERTIES_FILE);
    String given = given().migrations();
    String dir = given == null ? "migrations" : given;
    Path migrations = workingDir.resolve(dir);
    try {
      if (Files.exists(properties)) {
        out().println(SettingsResolver.PROPERTIES_FILE + " already exists; left unchanged.");
      } else {
        Files.writeString(properties, propertiesText(dir), StandardCharsets.UTF_8);
        out().println("Wrote " + SettingsResolver.PROPERTIES_FILE + ".");
      }
      Path folder = settings().migrationsDir();
      if (Files.isDirectory(folder)) {
        out().println("Migrations folder " + workingDir.relativize(folder) + " already exists.");
      } else {
        Files.createDirectories(migrations);
        out().println("Created migrations folder " + workingDir.relativize(migrations) + ".");
      }
    } catch (IOException e) {
      throw new RetortException(ErrorCode.IO, "Cannot write in " + workingDir + ": " + e.getMessage()
          + ". Files written before the failure are kept. Check the folder's permissions and rerun.", e);
    }
    out().println("Next: change your entities, then run `retort autogen --entities <package> -m \"...\"`.");
    return 0;
  }

  private String propertiesText(String dir) {
    return String.join("\n",
        "# Retort settings. Command-line options and RETORT_URL / RETORT_USER / RETORT_PASSWORD override them.",
        "",
        "# JDBC URL; the default is an H2 file database in this folder.",
        "# url=jdbc:postgresql://localhost:5432/app",
        "# user=app",
        "# Prefer RETORT_PASSWORD to keeping a password here.",
        "",
        "migrations.dir=" + dir,
        "migrations.package=" + projectOptions.migrationsPackage,
        "",
        "# Entity package and extra class path (folders or jars, separated by " + java.io.File.pathSeparator
            + ") for autogen.",
        (projectOptions.entities == null ? "# entities=com.example.model"
            : "entities=" + projectOptions.entities),
        "# classpath=target/classes",
        "");
  }
}
