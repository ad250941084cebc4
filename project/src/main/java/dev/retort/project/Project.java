package dev.retort.project;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.runtime.ConnectionSettings;
import dev.retort.engine.runtime.Connector;
import dev.retort.engine.runtime.MigrationSet;
import dev.retort.engine.runtime.Migrator;
import dev.retort.engine.runtime.SourceMigrations;
import dev.retort.engine.runtime.Timeouts;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/** The pieces a command works with, built from resolved settings on first use. */
public final class Project {
  private final Settings settings;
  private final Path folder;
  private final Duration lockTimeout;
  private final PrintWriter err;
  private final UnaryOperator<String> passwordPrompt;
  private final FrontEnd frontEnd;
  private MigrationSet migrations;
  private boolean named;
  private Connector ahead;

  /**
   * {@code folder} is the project's: where retort.properties is and, inside the front end's work folder,
   * compiled migrations are cached; {@code err} is where the database is named before the command first
   * connects; {@code passwordPrompt}, when not null, is asked for the password then (given the database's name)
   * instead of the settings' one; {@code frontEnd} words the messages.
   */
  public Project(Settings settings, Path folder, Duration lockTimeout, PrintWriter err,
      UnaryOperator<String> passwordPrompt, FrontEnd frontEnd) {
    this.settings = settings;
    this.folder = folder;
    this.lockTimeout = lockTimeout;
    this.err = err;
    this.passwordPrompt = passwordPrompt;
    this.frontEnd = frontEnd;
  }

  public Settings settings() {
    return settings;
  }

  /** The project folder. */
  public Path folder() {
    return folder;
  }

  public FrontEnd frontEnd() {
    return frontEnd;
  }

  public SqlDialect dialect() {
    return Dialects.forJdbcUrl(settings.url());
  }

  /**
   * The connector, after naming the database on standard error once, so scripts and reports stay clean, and
   * asking for the password if the command was told to.
   */
  public Connector connector() {
    if (ahead != null) {
      return ahead;
    }
    String database = DatabaseName.of(settings.url(), settings.user());
    if (!named) {
      named = true;
      err.println("Database: " + database);
      err.flush();
    }
    String password = passwordPrompt == null ? settings.password() : passwordPrompt.apply(database);
    return new Connector(new ConnectionSettings(settings.url(), settings.user(), password),
        new Timeouts(settings.connectTimeout(), settings.readTimeout(),
            lockTimeout.isNegative() ? Duration.ZERO : lockTimeout)).withNames(frontEnd);
  }

  /**
   * This project, its command's first connection opened now on a second thread so that connecting overlaps
   * reading the migrations. For a command that connects on every path: only to a server (opening an
   * embedded H2 file creates it) and without a password prompt, which belongs to the command's own thread.
   */
  public Project connectingAhead() {
    if (ahead == null && passwordPrompt == null && !settings.url().startsWith("jdbc:h2:")) {
      ahead = connector().openingAhead();
    }
    return this;
  }

  public MigrationSet migrations() {
    if (migrations == null) {
      migrations = frontEnd.migrationsFolderOptional() && !Files.exists(settings.migrationsDir())
          ? new MigrationSet(List.of())
          : SourceMigrations.load(settings.migrationsDir(), frontEnd.workFolder(folder), settings.classpath());
    }
    return migrations;
  }

  public Migrator migrator() {
    return new Migrator(connector(), dialect(), migrations()).withLockTimeout(lockTimeout);
  }
}
