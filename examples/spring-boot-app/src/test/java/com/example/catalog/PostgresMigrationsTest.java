package com.example.catalog;

import dev.retort.test.MigrationChecks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The same checks, with the same migrations, on a PostgreSQL database made for this test and dropped after. */
class PostgresMigrationsTest extends MigrationChecksContract {
  private static PostgresDatabase database;

  @BeforeAll
  static void createDatabase() {
    database = PostgresDatabase.create();
  }

  @AfterAll
  static void dropDatabase() {
    if (database != null) {
      database.drop();
    }
  }

  @Override
  MigrationChecks checks() {
    return MigrationChecks.forPackage(MIGRATIONS).entities(ENTITIES)
        .url(database.url()).user(database.user()).password(database.password());
  }
}
