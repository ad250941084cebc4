package dev.retort.sample;

/** What a release file is. */
public enum ReleaseKind {
  SOURCE,
  WHEEL,
  BINARY
}
