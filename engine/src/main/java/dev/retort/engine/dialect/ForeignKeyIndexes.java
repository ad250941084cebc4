package dev.retort.engine.dialect;

/** What a database does with an index under a foreign key, which decides what must go around the key. */
public enum ForeignKeyIndexes {
  /** Keys need no index (PostgreSQL): indexes come and go under a standing key. */
  NONE,
  /**
   * Every key has an index and a key created while a plain index on its columns exists takes that index over,
   * refusing to let it be dropped while the key stands (H2).
   */
  ADOPTED,
  /**
   * Every key needs an index of its leading columns (InnoDB): a primary key, unique constraint or index that
   * serves it cannot be dropped or replaced while the key stands.
   */
  REQUIRED
}
