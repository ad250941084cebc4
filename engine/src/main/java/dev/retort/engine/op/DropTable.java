package dev.retort.engine.op;

import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import java.util.Objects;

/** Drops a table; carries its full definition so the reverse can recreate it. */
public record DropTable(TableDef table) implements SchemaOp {
  public DropTable {
    Objects.requireNonNull(table, "table == null");
  }

  @Override
  public SchemaOp reverse() {
    return new CreateTable(table);
  }

  @Override
  public SchemaModel applyTo(SchemaModel schema) {
    return schema.withoutTable(table.name());
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String describe() {
    return "drop table " + table.name();
  }
}
