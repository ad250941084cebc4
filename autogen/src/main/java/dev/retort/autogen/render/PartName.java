package dev.retort.autogen.render;

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
import dev.retort.engine.op.SetLockTimeout;
import dev.retort.engine.op.ValidateConstraint;
import dev.retort.engine.op.RenameColumn;
import dev.retort.engine.op.RenameTable;
import dev.retort.engine.op.RunJdbc;
import dev.retort.engine.op.SetTableComment;

/**
 * What a method holding a run of operations is called: one name per kind of step, as the comparator orders
 * them ({@code createTables}, {@code addForeignKeys}, ...), so that the operations of one step share a name.
 * Uniques, indexes and checks are {@code addConstraints} together, and table comments go with
 * {@code alterColumns}, because the comparator lists them table by table in one step.
 */
final class PartName implements OpVisitor<String> {
  static final PartName INSTANCE = new PartName();

  private PartName() {}

  @Override
  public String visit(CreateTable op) {
    return "createTables";
  }

  @Override
  public String visit(DropTable op) {
    return "dropTables";
  }

  @Override
  public String visit(RenameTable op) {
    return "renames";
  }

  @Override
  public String visit(RenameColumn op) {
    return "renames";
  }

  @Override
  public String visit(AddColumn op) {
    return "addColumns";
  }

  @Override
  public String visit(DropColumn op) {
    return "dropColumns";
  }

  @Override
  public String visit(AlterColumn op) {
    return "alterColumns";
  }

  @Override
  public String visit(SetTableComment op) {
    return "alterColumns";
  }

  @Override
  public String visit(AddPrimaryKey op) {
    return "addPrimaryKeys";
  }

  @Override
  public String visit(DropPrimaryKey op) {
    return "dropConstraints";
  }

  @Override
  public String visit(CreateIndex op) {
    return "addConstraints";
  }

  @Override
  public String visit(DropIndex op) {
    return "dropConstraints";
  }

  @Override
  public String visit(AddUnique op) {
    return "addConstraints";
  }

  @Override
  public String visit(DropUnique op) {
    return "dropConstraints";
  }

  @Override
  public String visit(AddCheck op) {
    return "addConstraints";
  }

  @Override
  public String visit(DropCheck op) {
    return "dropConstraints";
  }

  @Override
  public String visit(AddForeignKey op) {
    return "addForeignKeys";
  }

  @Override
  public String visit(DropForeignKey op) {
    return "dropForeignKeys";
  }

  @Override
  public String visit(ExecuteSql op) {
    return "executeSql";
  }

  @Override
  public String visit(InsertRows op) {
    return "insertRows";
  }

  @Override
  public String visit(DeleteRows op) {
    return "deleteRows";
  }

  @Override
  public String visit(RunJdbc op) {
    return "runJdbc";
  }

  @Override
  public String visit(ValidateConstraint op) {
    return "validateConstraints";
  }

  @Override
  public String visit(SetLockTimeout op) {
    return "lockTimeout";
  }

  @Override
  public String visit(OutsideTransaction op) {
    return "outsideTransaction";
  }

  @Override
  public String visit(CreateSequence op) {
    return "createSequences";
  }

  @Override
  public String visit(DropSequence op) {
    return "dropSequences";
  }

  @Override
  public String visit(AlterSequence op) {
    return "alterSequences";
  }

  @Override
  public String visit(CreateSchema op) {
    return "createSchemas";
  }

  @Override
  public String visit(DropSchema op) {
    return "dropSchemas";
  }
}
