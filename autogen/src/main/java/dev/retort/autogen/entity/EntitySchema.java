package dev.retort.autogen.entity;

import dev.retort.engine.schema.SchemaModel;
import java.util.List;

/**
 * What the entities ask for: the schema Retort manages, and the CHECK constraints Hibernate would also
 * create, which Retort does not manage yet and reports instead.
 *
 * @param schema the tables, columns, keys and indexes
 * @param checks CHECK constraints, by table and (for column checks) column
 */
public record EntitySchema(SchemaModel schema, List<Check> checks) {
  public EntitySchema {
    checks = List.copyOf(checks);
  }

  /**
   * A CHECK constraint Hibernate declares.
   *
   * @param table the table
   * @param column the column for a column check, or null for a table check
   * @param expression the condition as Hibernate writes it
   */
  public record Check(String table, String column, String expression) {}
}
