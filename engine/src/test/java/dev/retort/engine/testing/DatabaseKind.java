package dev.retort.engine.testing;

/** The databases Retort supports and tests against. */
public enum DatabaseKind {
  H2,
  POSTGRESQL,
  MARIADB
}
