package com.example.catalog;

import dev.retort.test.MigrationChecks;
import org.junit.jupiter.api.Test;

/** Retort's four checks of the catalog's migrations; each subclass says which database they run on. */
abstract class MigrationChecksContract {
  static final String MIGRATIONS = "com.example.catalog.migrations";
  static final String ENTITIES = "com.example.catalog.model";

  abstract MigrationChecks checks();

  @Test
  void singleHead() {
    checks().singleHead();
  }

  @Test
  void stairway() {
    checks().stairway();
  }

  @Test
  void entitiesMatchDatabase() {
    checks().entitiesMatchDatabase();
  }

  @Test
  void hibernateValidates() {
    checks().hibernateValidates();
  }
}
