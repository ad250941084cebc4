package dev.retort.engine.risk;

import dev.retort.engine.op.AddCheck;
import dev.retort.engine.op.AddColumn;
import dev.retort.engine.op.AddForeignKey;
import dev.retort.engine.op.AddPrimaryKey;
import dev.retort.engine.op.AddUnique;
import dev.retort.engine.op.AlterColumn;
import dev.retort.engine.op.AlterSequence;
import dev.retort.engine.op.CreateIndex;
import dev.retort.engine.op.CreateSchema;
import dev.retort.engine.op.CreateSequence;
import dev.retort.engine.op.CreateTable;
import dev.retort.engine.op.DeleteRows;
import dev.retort.engine.op.DropCheck;
import dev.retort.engine.op.DropColumn;
import dev.retort.engine.op.DropForeignKey;
import dev.retort.engine.op.DropIndex;
import dev.retort.engine.op.DropPrimaryKey;
import dev.retort.engine.op.DropSchema;
import dev.retort.engine.op.DropSequence;
import dev.retort.engine.op.DropTable;
import dev.retort.engine.op.DropUnique;
import dev.retort.engine.op.ExecuteSql;
import dev.retort.engine.op.InsertRows;
import dev.retort.engine.op.OpVisitor;
import dev.retort.engine.op.OutsideTransaction;
import dev.retort.engine.op.RenameColumn;
import dev.retort.engine.op.RenameTable;
import dev.retort.engine.op.RunJdbc;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.op.SetLockTimeout;
import dev.retort.engine.op.SetTableComment;
import dev.retort.engine.op.ValidateConstraint;

/** The table an operation works on, whose size decides how long it holds a lock; null when it has none. */
public final class OpTables implements OpVisitor<String> {
  private static final OpTables INSTANCE = new OpTables();

  private OpTables() {}

  public static String of(SchemaOp op) {
    return op.accept(INSTANCE);
  }

  @Override
  public String visit(CreateTable op) {
    return op.table().name();
  }

  @Override
  public String visit(DropTable op) {
    return op.table().name();
  }

  /** The table as it was named before, whose rows it keeps. */
  @Override
  public String visit(RenameTable op) {
    return op.from();
  }

  @Override
  public String visit(AddColumn op) {
    return op.table();
  }

  @Override
  public String visit(DropColumn op) {
    return op.table();
  }

  @Override
  public String visit(AlterColumn op) {
    return op.table();
  }

  @Override
  public String visit(RenameColumn op) {
    return op.table();
  }

  @Override
  public String visit(AddPrimaryKey op) {
    return op.table();
  }

  @Override
  public String visit(DropPrimaryKey op) {
    return op.table();
  }

  @Override
  public String visit(CreateIndex op) {
    return op.table();
  }

  @Override
  public String visit(DropIndex op) {
    return op.table();
  }

  @Override
  public String visit(AddUnique op) {
    return op.table();
  }

  @Override
  public String visit(DropUnique op) {
    return op.table();
  }

  @Override
  public String visit(AddForeignKey op) {
    return op.table();
  }

  @Override
  public String visit(DropForeignKey op) {
    return op.table();
  }

  @Override
  public String visit(ExecuteSql op) {
    return null;
  }

  @Override
  public String visit(InsertRows op) {
    return op.table();
  }

  @Override
  public String visit(DeleteRows op) {
    return op.table();
  }

  @Override
  public String visit(RunJdbc op) {
    return null;
  }

  @Override
  public String visit(OutsideTransaction op) {
    return of(op.operation());
  }

  @Override
  public String visit(SetTableComment op) {
    return op.table();
  }

  @Override
  public String visit(AddCheck op) {
    return op.table();
  }

  @Override
  public String visit(DropCheck op) {
    return op.table();
  }

  @Override
  public String visit(ValidateConstraint op) {
    return op.table();
  }

  @Override
  public String visit(SetLockTimeout op) {
    return null;
  }

  @Override
  public String visit(CreateSequence op) {
    return null;
  }

  @Override
  public String visit(DropSequence op) {
    return null;
  }

  @Override
  public String visit(AlterSequence op) {
    return null;
  }

  @Override
  public String visit(CreateSchema op) {
    return null;
  }

  @Override
  public String visit(DropSchema op) {
    return null;
  }
}
