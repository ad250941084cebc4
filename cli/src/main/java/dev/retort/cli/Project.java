package dev.retort.cli;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.runtime.ConnectionSettings;
import dev.retort.engine.runtime.Connector;
import dev.retort.engine.runtime.MigrationSet;
import dev.retort.engine.runtime.Migrator;
import dev.retort.engine.runtime.SourceMigrations;
import dev.retort.engine.runtime.Timeouts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;

/** The pieces a command works with, built from resolved settings on first use. */
final class Project {
  private final Settings settings;
  private final Path folder;
  private final Duration lockTimeout;
  private final PrintWriter err;
  private final PasswordPrompt passwordPrompt;
  private MigrationSet migrations;
  private boolean named;

  /**
   * {@code folder} is the project's: where retort.properties is and compiled migrations are cached;
   * {@code err} is where the database is named before the command first connects; {@code passwordPrompt}, when
   * not null, asks for the password then instead of the settings' one.
   */
  Project(Settings settings, Path folder, Duration lockTimeout, PrintWriter err, PasswordPrompt passwordPrompt) {
    this.settings = settings;
    this.folder = folder;
    this.lockTimeout = lockTimeout;
    this.err = err;
    this.passwordPrompt = passwordPrompt;
  }

  Settings settings() {
    return settings;
  }

  SqlDialect dialect() {
    return Dialects.forJdbcUrl(settings.url());
  }

  /**
   * The connector, after naming the database on standard error once, so scripts and reports stay clean, and
   * asking for the password if the command was told to.
   */
  Connector connector() {
    String database = DatabaseName.of(settings.url(), settings.user());
    if (!named) {
      named = true;
      err.println("Database: " + database);
      err.flush();
    }
    String password = passwordPrompt == null ? settings.password() : passwordPrompt.ask(database);
    return new Connector(new ConnectionSettings(settings.url(), settings.user(), password),
        new Timeouts(settings.connectTimeout(), settings.readTimeout(),
            lockTimeout.isNegative() ? Duration.ZERO : lockTimeout));
  }

  MigrationSet migrations() {
    if (migrations == null) {
      migrations = SourceMigrations.load(settings.migrationsDir(), folder, settings.classpath());
    }
    return migrations;
  }

  Migrator migrator() {
    return new Migrator(connector(), dialect(), migrations()).withLockTimeout(lockTimeout);
  }
}
