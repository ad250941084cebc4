package dev.retort.engine.op;

import dev.retort.engine.schema.ForeignKeyDef;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import java.util.Objects;

/**
 * Adds a foreign key.
 *
 * @param notValid whether PostgreSQL leaves the existing rows unchecked ({@code NOT VALID}), for a {@link
 *     ValidateConstraint} to check later without blocking writes; other databases check them at once
 */
public record AddForeignKey(String table, ForeignKeyDef foreignKey, boolean notValid) implements SchemaOp {
  public AddForeignKey {
    Objects.requireNonNull(table, "table == null");
    Objects.requireNonNull(foreignKey, "foreignKey == null");
  }

  public AddForeignKey(String table, ForeignKeyDef foreignKey) {
    this(table, foreignKey, false);
  }

  @Override
  public SchemaOp reverse() {
    return new DropForeignKey(table, foreignKey);
  }

  @Override
  public SchemaModel applyTo(SchemaModel schema) {
    TableDef current = schema.requireTable(table);
    return schema.replaceTable(table, current.withForeignKeys(
        Elements.add(current.foreignKeys(), foreignKey, ForeignKeyDef::name, "foreign key on " + table)));
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String describe() {
    return "add foreign key " + foreignKey.name() + " on " + table + (notValid ? " not valid" : "");
  }
}
