package dev.retort.autogen.compare;

/**
 * The order in which operations run: what goes away is removed before what replaces it is added, sequences
 * exist before the tables whose defaults may use them, tables are created before keys point at them, and
 * columns are dropped last, after everything that used them, followed only by the sequences they used and
 * the schemas that held what went.
 */
enum Phase {
  RENAMES,
  DROP_FOREIGN_KEYS,
  DROP_CONSTRAINTS,
  DROP_TABLES,
  CREATE_SCHEMAS,
  CREATE_SEQUENCES,
  ALTER_SEQUENCES,
  CREATE_TABLES,
  ADD_COLUMNS,
  ALTER_COLUMNS,
  ADD_PRIMARY_KEYS,
  ADD_CONSTRAINTS,
  ADD_FOREIGN_KEYS,
  DROP_COLUMNS,
  DROP_SEQUENCES,
  DROP_SCHEMAS
}
