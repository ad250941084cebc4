package dev.retort.engine.runtime;

/** Which way a step moves the schema. */
public enum Direction {
  UPGRADE,
  DOWNGRADE
}
