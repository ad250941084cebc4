package dev.retort.engine.op;

import dev.retort.engine.schema.SchemaModel;

/** One schema change. Immutable. */
public sealed interface SchemaOp
    permits CreateTable, DropTable, RenameTable, AddColumn, DropColumn, AlterColumn, RenameColumn,
        AddPrimaryKey, DropPrimaryKey, CreateIndex, DropIndex, AddUnique, DropUnique, AddForeignKey,
        DropForeignKey, ExecuteSql, InsertRows, DeleteRows, RunJdbc, OutsideTransaction, SetTableComment,
        AddCheck, DropCheck, ValidateConstraint, SetLockTimeout,
        CreateSequence, DropSequence, AlterSequence, CreateSchema, DropSchema {

  /** The operation that undoes this one. */
  SchemaOp reverse();

  /** The schema after this operation; throws {@link IllegalStateException} if it does not apply. */
  SchemaModel applyTo(SchemaModel schema);

  <R> R accept(OpVisitor<R> visitor);

  /** One line for people: {@code add column packages.last_updated}. */
  String describe();
}
