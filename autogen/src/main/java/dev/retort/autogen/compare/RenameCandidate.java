package dev.retort.autogen.compare;

/**
 * A drop and an add that look like one rename: a table that lost one column and gained one of the same
 * kind, or a table that disappeared while one of the same shape appeared.
 *
 * @param table the table (old name) for a column rename; null for a table rename
 * @param from the old name
 * @param to the new name
 */
public record RenameCandidate(String table, String from, String to) {
  /** The question to ask: {@code packages.summary to packages.abstract}. */
  public String describe() {
    return table == null ? from + " to " + to : table + "." + from + " to " + table + "." + to;
  }

  /** The {@code --rename} value that confirms it. */
  public String option() {
    return table == null ? from + "=" + to : table + "." + from + "=" + to;
  }
}
