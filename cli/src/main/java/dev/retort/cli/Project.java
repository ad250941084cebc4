package dev.retort.cli;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.runtime.ConnectionSettings;
import dev.retort.engine.runtime.Connector;
import dev.retort.engine.runtime.MigrationSet;
import dev.retort.engine.runtime.Migrator;
import dev.retort.engine.runtime.SourceMigrations;
import java.time.Duration;

/** The pieces a command works with, built from resolved settings on first use. */
final class Project {
  private final Settings settings;
  private final Duration lockTimeout;
  private MigrationSet migrations;

  Project(Settings settings, Duration lockTimeout) {
    this.settings = settings;
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
      migrations = SourceMigrations.load(settings.migrationsDir());
    }
    return migrations;
  }

  Migrator migrator() {
    return new Migrator(connector(), dialect(), migrations()).withLockTimeout(lockTimeout);
  }
}
