package dev.retort.autogen.evolution;

/** Where Retort is known to get a change wrong on one database: the scenarios skip it there, naming these. */
final class KnownBugs {
  /**
   * InnoDB drops the index it made behind a foreign key as soon as another index (a primary key, a unique
   * constraint, an index) can serve the key, and then will not drop that one.
   */
  static final String UNSERVED_FOREIGN_KEY = "MariaDB refuses to drop the only index (primary key, unique"
      + " constraint or index) serving a foreign key; Retort does not give the key an index of its own first";

  private KnownBugs() {}
}
