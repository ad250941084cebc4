package dev.retort.engine.op;

import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import java.util.Objects;

/** Drops a column; carries its definition so the reverse can add it back (without its data). */
public record DropColumn(String table, ColumnDef column) implements SchemaOp {
  public DropColumn {
    Objects.requireNonNull(table, "table == null");
    Objects.requireNonNull(column, "column == null");
  }

  @Override
  public SchemaOp reverse() {
    return new AddColumn(table, column);
  }

  @Override
  public SchemaModel applyTo(SchemaModel schema) {
    TableDef current = schema.requireTable(table);
    current.column(column.name()).orElseThrow(
        () -> new IllegalStateException("no column " + table + "." + column.name()));
    return schema.replaceTable(table, current.withColumns(
        current.columns().stream().filter(c -> !c.name().equals(column.name())).toList()));
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String describe() {
    return "drop column " + table + "." + column.name();
  }
}
