package dev.retort.engine.op;

import dev.retort.engine.schema.CheckDef;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import java.util.Objects;

/** Drops a CHECK constraint; carries its definition for the reverse. */
public record DropCheck(String table, CheckDef check) implements SchemaOp {
  public DropCheck {
    Objects.requireNonNull(table, "table == null");
    Objects.requireNonNull(check, "check == null");
  }

  @Override
  public SchemaOp reverse() {
    return new AddCheck(table, check);
  }

  @Override
  public SchemaModel applyTo(SchemaModel schema) {
    TableDef current = schema.requireTable(table);
    return schema.replaceTable(table, current.withChecks(
        Elements.remove(current.checks(), check, CheckDef::name, "check constraint on " + table)));
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String describe() {
    return "drop check constraint " + check.name() + " on " + table;
  }
}
