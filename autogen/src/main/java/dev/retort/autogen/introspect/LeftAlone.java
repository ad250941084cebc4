package dev.retort.autogen.introspect;

import java.util.Objects;

/**
 * Something a table has that the schema model cannot hold: autogenerate neither compares nor drops it, and
 * says so.
 *
 * @param table the table, as the model names it
 * @param what what it is and its name: {@code index ix_lower_name}
 * @param why why it is left alone: {@code an index on an expression}
 */
public record LeftAlone(String table, String what, String why) {
  public LeftAlone {
    Objects.requireNonNull(table, "table == null");
    Objects.requireNonNull(what, "what == null");
    Objects.requireNonNull(why, "why == null");
  }

  /** The warning autogenerate prints. */
  public String warning() {
    return "Left alone: " + what + " on " + table + ", " + why + ", which Retort neither compares nor drops.";
  }
}
