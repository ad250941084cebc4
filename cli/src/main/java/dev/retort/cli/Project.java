package dev.retort.cli;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.runtime.ConnectionSettings;
import dev.retort.engine.runtime.Connector;
import dev.retort.engine.runtime.MigrationSet;
import dev.retort.engine.runtime.Migrator;
import dev.retort.engine.runtime.SourceMigrations;
import java.nio.file.Path;
import java.time.Duration;

/** The pieces a command works with, built from resolved settings on first use. */
final class Project {
  private final Settings settings;
  private final Path folder;
  private final Duration lockTimeout;
  private MigrationSet migrations;

  /** {@code folder} is the project's: where retort.properties is and compiled migrations are cached. */
  Project(Settings settings, Path folder, Duration lockTimeout) {
    this.settings = settings;
    this.folder = folder;
    this.lockTimeout = lockTimeout;
  }

  Settings settings() {
    return settings;
  }

  SqlDialect dialect() {
    return Dialects.forJdbcUrl(settings.url());
  }

  Connector connector() {
    return new Connector(new ConnectionSettings(settings.url(), settings.user(), settings.password()));
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
