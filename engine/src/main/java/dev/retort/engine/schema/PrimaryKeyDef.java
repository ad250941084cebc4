package dev.retort.engine.schema;

import java.util.List;

/**
 * A primary key. Its name is informational: databases generate it ({@code packages_pkey}) and it never causes
 * a difference by itself.
 *
 * @param name the constraint name, or null to let the database choose
 * @param columns key columns in key order
 */
public record PrimaryKeyDef(String name, List<String> columns) implements TableElement {
  public PrimaryKeyDef {
    columns = Names.columns(columns, "primary key");
  }

  /** This key with a constraint name, for databases where the name matters when dropping it. */
  public PrimaryKeyDef named(String constraintName) {
    return new PrimaryKeyDef(constraintName, columns);
  }
}
