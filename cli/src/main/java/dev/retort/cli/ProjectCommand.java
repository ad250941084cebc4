package dev.retort.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the common options, the environment, and where to print. */
abstract class ProjectCommand implements Callable<Integer> {
  @ParentCommand
  RetortCommand root;

  @Mixin
  CommonOptions common;

  @Spec
  CommandSpec spec;

  Environment environment() {
    return root.environment();
  }

  Settings settings() {
    return settings(null, null);
  }

  Settings settings(String entities, String classpath) {
    return new SettingsResolver(environment()).resolve(common, entities, classpath);
  }

  Settings settings(GenerateOptions generate) {
    return new SettingsResolver(environment()).resolve(common, generate.entities, generate.classpath,
        generate.include, generate.exclude, generate.schemas);
  }

  Project project() {
    return project(settings());
  }

  Project project(Settings settings) {
    return new Project(settings, environment().workingDir(), Duration.ofSeconds(common.lockTimeoutSeconds),
        spec.commandLine().getErr());
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
