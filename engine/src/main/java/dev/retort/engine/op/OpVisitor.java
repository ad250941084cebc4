package dev.retort.engine.op;

/** One method per operation, so the compiler lists every place a new operation must be handled. */
public interface OpVisitor<R> {
  R visit(CreateTable op);

  R visit(DropTable op);

  R visit(RenameTable op);

  R visit(AddColumn op);

  R visit(DropColumn op);

  R visit(AlterColumn op);

  R visit(RenameColumn op);

  R visit(AddPrimaryKey op);

  R visit(DropPrimaryKey op);

  R visit(CreateIndex op);

  R visit(DropIndex op);

  R visit(AddUnique op);

  R visit(DropUnique op);

  R visit(AddForeignKey op);

  R visit(DropForeignKey op);

  R visit(ExecuteSql op);

  R visit(InsertRows op);

  R visit(DeleteRows op);

  R visit(RunJdbc op);

  R visit(OutsideTransaction op);

  R visit(SetTableComment op);

  R visit(AddCheck op);

  R visit(DropCheck op);

  R visit(ValidateConstraint op);

  R visit(SetLockTimeout op);

  R visit(CreateSequence op);

  R visit(DropSequence op);

  R visit(AlterSequence op);

  R visit(CreateSchema op);

  R visit(DropSchema op);
}
