package com.example.catalog;

import dev.retort.test.MigrationChecks;

/** The checks on a fresh in-memory H2 each, the kit's default. */
class H2MigrationsTest extends MigrationChecksContract {
  @Override
  MigrationChecks checks() {
    return MigrationChecks.forPackage(MIGRATIONS).entities(ENTITIES);
  }
}
