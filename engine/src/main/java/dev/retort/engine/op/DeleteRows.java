package dev.retort.engine.op;

import dev.retort.engine.schema.SchemaModel;
import java.util.List;
import java.util.Objects;

/**
 * Deletes the rows whose listed columns hold exactly the given values; the reverse of {@link InsertRows}.
 *
 * @param table the table
 * @param columns the columns that identify a row
 * @param rows the values, one list per row
 */
public record DeleteRows(String table, List<String> columns, List<List<Object>> rows) implements SchemaOp {
  public DeleteRows {
    Objects.requireNonNull(table, "table == null");
    columns = List.copyOf(columns);
    rows = InsertRows.copyRows(columns, rows);
  }

  @Override
  public SchemaOp reverse() {
    return new InsertRows(table, columns, rows);
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
    return "delete " + rows.size() + " row(s) from " + table;
  }
}
