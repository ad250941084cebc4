package dev.retort.engine.op;

import dev.retort.engine.schema.CheckDef;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import java.util.Objects;

/**
 * Adds a CHECK constraint; rows that break it make the statement fail.
 *
 * @param notValid whether PostgreSQL leaves the existing rows unchecked ({@code NOT VALID}), for a {@link
 *     ValidateConstraint} to check later without blocking writes; other databases check them at once
 */
public record AddCheck(String table, CheckDef check, boolean notValid) implements SchemaOp {
  public AddCheck {
    Objects.requireNonNull(table, "table == null");
    Objects.requireNonNull(check, "check == null");
  }

  public AddCheck(String table, CheckDef check) {
    this(table, check, false);
  }

  @Override
  public SchemaOp reverse() {
    return new DropCheck(table, check);
  }

  @Override
  public SchemaModel applyTo(SchemaModel schema) {
    TableDef current = schema.requireTable(table);
    return schema.replaceTable(table, current.withChecks(
        Elements.add(current.checks(), check, CheckDef::name, "check constraint on " + table)));
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String describe() {
    return "add check constraint " + check.name() + " on " + table + (notValid ? " not valid" : "");
  }
}
