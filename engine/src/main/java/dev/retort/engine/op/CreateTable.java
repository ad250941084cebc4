package dev.retort.engine.op;

import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import java.util.Objects;

/** Creates a table with its columns, keys, constraints and indexes. */
public record CreateTable(TableDef table) implements SchemaOp {
  public CreateTable {
    Objects.requireNonNull(table, "table == null");
  }

  @Override
  public SchemaOp reverse() {
    return new DropTable(table);
  }

  @Override
  public SchemaModel applyTo(SchemaModel schema) {
    return schema.withTable(table);
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String describe() {
    return "create table " + table.name();
  }
}
