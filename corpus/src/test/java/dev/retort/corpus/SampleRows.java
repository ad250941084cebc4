package dev.retort.corpus;

import dev.retort.engine.testing.TestDatabase;

/** A few rows in the project's schema, so that its migration is proven over data, not only empty tables. */
@FunctionalInterface
interface SampleRows {
  void insert(TestDatabase database) throws Exception;
}
