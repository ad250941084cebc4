package dev.retort.cli;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.runtime.Migrator;
import dev.retort.project.CommandRun;
import dev.retort.project.Environment;
import dev.retort.project.FrontEnd;
import dev.retort.project.GivenOptions;
import dev.retort.project.Project;
import dev.retort.project.Settings;
import dev.retort.project.SettingsResolver;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: the environment, where to print, and its options merged with the root's. A
 * command declares the option groups it uses; the same options before the command name are the root's and
 * count wherever the command has them, so {@code retort --url X current} and {@code retort current --url X}
 * are the same run. Before running, the command refuses options that make no sense together.
 */
abstract class ProjectCommand implements Callable<Integer>, CommandRun {
  @ParentCommand
  RetortCommand root;

  @Spec
  CommandSpec spec;

  @Option(names = "--verbose",
      description = "Print the cause chain of errors, and the classes of the entity package never loaded.")
  boolean verbose;

  /** Where the project's migrations (and, for some commands, entities) are. */
  abstract ProjectOptions projectOptions();

  /** The command's connection options, or null when it connects to no database. */
  ConnectionOptions connectionOptions() {
    return null;
  }

  /** The command's {@code --lock-timeout}, or null when it takes no lock. */
  LockOptions lockOptions() {
    return null;
  }

  /** The command's work, once its options passed {@link #validate()}. */
  abstract int run();

  @Override
  public final Integer call() {
    validate();
    return run();
  }

  /** Refuses nonsense before anything is read or written; subclasses add their own checks. */
  void validate() {
    root.validate();
    ProjectOptions project = projectOptions();
    project.validate();
    once("--migrations", root.projectOptions.migrations, project.migrations);
    ConnectionOptions connection = connectionOptions();
    if (connection != null) {
      once("--url", root.connection.url, connection.url);
      once("--user", root.connection.user, connection.user);
      once("--password", root.connection.password, connection.password);
      once("--connect-timeout", root.connection.connectTimeoutSeconds, connection.connectTimeoutSeconds);
      once("--read-timeout", root.connection.readTimeoutSeconds, connection.readTimeoutSeconds);
      if (askPassword() && (root.connection.password != null || connection.password != null)) {
        throw RetortCommand.askedAndGiven();
      }
    }
    LockOptions lock = lockOptions();
    if (lock != null) {
      lock.validate();
      once("--lock-timeout", root.lock.seconds, lock.seconds);
    }
  }

  private void once(String option, Object before, Object after) {
    if (before != null && after != null) {
      throw new RetortException(ErrorCode.USAGE, option + " is given both before and after `" + name()
          + "`. Nothing was done. Give it once: before the command or after it means the same.");
    }
  }

  /** {@code retort upgrade}, as the user typed it. */
  String name() {
    return spec.qualifiedName();
  }

  @Override
  public Environment environment() {
    return root.environment();
  }

  @Override
  public boolean verbose() {
    return verbose || root.verbose;
  }

  /** What the command line gave this command, after the command name winning over before it. */
  GivenOptions given() {
    ProjectOptions project = projectOptions();
    ConnectionOptions connection = connectionOptions();
    ConnectionOptions before = root.connection;
    return new GivenOptions(
        connection == null ? null : either(connection.url, before.url),
        connection == null ? null : either(connection.user, before.user),
        connection == null ? null : either(connection.password, before.password),
        either(project.migrations, root.projectOptions.migrations), null,
        project.entities(), project.classpath(), project.include(), project.exclude(), project.schemas(),
        connection == null ? null : either(connection.connectTimeoutSeconds, before.connectTimeoutSeconds),
        connection == null ? null : either(connection.readTimeoutSeconds, before.readTimeoutSeconds));
  }

  private static <T> T either(T after, T before) {
    return after != null ? after : before;
  }

  private boolean askPassword() {
    ConnectionOptions connection = connectionOptions();
    return connection != null && (connection.askPassword || root.connection.askPassword);
  }

  @Override
  public Settings settings() {
    return new SettingsResolver(environment()).resolve(given());
  }

  Project project() {
    return project(settings());
  }

  @Override
  public Project project(Settings settings) {
    LockOptions lock = lockOptions();
    Duration lockTimeout = lock == null ? Migrator.DEFAULT_LOCK_TIMEOUT : lock.timeout(root.lock);
    return new Project(settings, environment().workingDir(), lockTimeout, spec.commandLine().getErr(),
        askPassword() ? new PasswordPrompt(environment().passwordReader())::ask : null, FrontEnd.COMMAND_LINE);
  }

  /** Without retort.properties and --migrations the default folder is created on first use. */
  @Override
  public boolean createsMigrationsFolder() {
    return given().migrations() == null
        && !Files.exists(environment().workingDir().resolve(SettingsResolver.PROPERTIES_FILE));
  }

  @Override
  public PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
