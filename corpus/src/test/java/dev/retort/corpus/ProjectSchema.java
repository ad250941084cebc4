package dev.retort.corpus;

import dev.retort.engine.testing.TestDatabase;

/** Builds, in an empty database, the schema a project ships for its model, as the project applies it. */
@FunctionalInterface
interface ProjectSchema {
  void create(TestDatabase database) throws Exception;
}
