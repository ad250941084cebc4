package dev.retort.engine.op;

import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Adds a column at the end of a table. */
public record AddColumn(String table, ColumnDef column) implements SchemaOp {
  public AddColumn {
    Objects.requireNonNull(table, "table == null");
    Objects.requireNonNull(column, "column == null");
  }

  @Override
  public SchemaOp reverse() {
    return new DropColumn(table, column);
  }

  @Override
  public SchemaModel applyTo(SchemaModel schema) {
    TableDef current = schema.requireTable(table);
    if (current.column(column.name()).isPresent()) {
      throw new IllegalStateException("column " + table + "." + column.name() + " already exists");
    }
    List<ColumnDef> columns = new ArrayList<>(current.columns());
    columns.add(column);
    return schema.replaceTable(table, current.withColumns(columns));
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String describe() {
    return "add column " + table + "." + column.name();
  }
}
