package dev.retort.engine.op;

import dev.retort.engine.schema.SchemaModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Inserts literal rows, such as reference data. Values are bound as parameters online and written as
 * literals in offline scripts. Its reverse deletes the same rows.
 *
 * @param table the table
 * @param columns the columns given in each row
 * @param rows the rows: strings, numbers, booleans, {@code java.time} values or null, one per column
 */
public record InsertRows(String table, List<String> columns, List<List<Object>> rows) implements SchemaOp {
  public InsertRows {
    Objects.requireNonNull(table, "table == null");
    columns = List.copyOf(columns);
    rows = copyRows(columns, rows);
  }

  static List<List<Object>> copyRows(List<String> columns, List<List<Object>> rows) {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("no columns");
    }
    List<List<Object>> copy = new ArrayList<>();
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("row " + row + " has " + row.size() + " values for " + columns.size()
            + " columns " + columns);
      }
      // nulls are allowed as values, so List.copyOf will not do
      copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
    }
    return List.copyOf(copy);
  }

  @Override
  public SchemaOp reverse() {
    return new DeleteRows(table, columns, rows);
  }

  @Override
  public SchemaModel applyTo(SchemaModel schema) {
    schema.requireTable(table);
    return schema;
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String describe() {
    return "insert " + rows.size() + " row(s) into " + table;
  }
}
