package dev.retort.autogen.render;

import com.palantir.javapoet.CodeBlock;
import dev.retort.engine.op.AddCheck;
import dev.retort.engine.op.AddColumn;
import dev.retort.engine.op.DropSchema;
import dev.retort.engine.op.CreateSchema;
import dev.retort.engine.op.AddForeignKey;
import dev.retort.engine.op.AddPrimaryKey;
import dev.retort.engine.op.AddUnique;
import dev.retort.engine.op.AlterColumn;
import dev.retort.engine.op.CreateIndex;
import dev.retort.engine.op.CreateTable;
import dev.retort.engine.op.DropCheck;
import dev.retort.engine.op.DropColumn;
import dev.retort.engine.op.DropForeignKey;
import dev.retort.engine.op.DropIndex;
import dev.retort.engine.op.DropPrimaryKey;
import dev.retort.engine.op.DropTable;
import dev.retort.engine.op.DropUnique;
import dev.retort.engine.op.DeleteRows;
import dev.retort.engine.op.ExecuteSql;
import dev.retort.engine.op.InsertRows;
import dev.retort.engine.op.RunJdbc;
import dev.retort.engine.op.SetTableComment;
import dev.retort.engine.op.OpVisitor;
import dev.retort.engine.op.OutsideTransaction;
import dev.retort.engine.op.SetLockTimeout;
import dev.retort.engine.op.ValidateConstraint;
import dev.retort.engine.op.RenameColumn;
import dev.retort.engine.op.RenameTable;
import dev.retort.engine.op.CreateSequence;
import dev.retort.engine.op.DropSequence;
import dev.retort.engine.op.AlterSequence;
import dev.retort.engine.schema.TableDef;
import dev.retort.engine.schema.TableElement;
import java.util.List;

/** One {@code op.xxx(...)} statement per operation (without the semicolon). */
final class OpCode implements OpVisitor<CodeBlock> {
  private final ElementCode elements;
  private final String receiver;

  OpCode(ElementCode elements) {
    this(elements, "op");
  }

  private OpCode(ElementCode elements, String receiver) {
    this.elements = elements;
    this.receiver = receiver;
  }

  /** A table listed one element per line, as reviewers read it best. */
  private CodeBlock table(String method, TableDef table) {
    CodeBlock.Builder code = CodeBlock.builder().add("$L.$L($S", receiver, method, table.name());
    for (TableElement element : table.elements()) {
      code.add(",\n$L", elements.element(element));
    }
    return code.add(")").build();
  }

  private CodeBlock onTable(String method, String table, CodeBlock argument) {
    return CodeBlock.of("$L.$L($S, $L)", receiver, method, table, argument);
  }

  @Override
  public CodeBlock visit(CreateTable op) {
    return table("createTable", op.table());
  }

  @Override
  public CodeBlock visit(DropTable op) {
    return table("dropTable", op.table());
  }

  @Override
  public CodeBlock visit(RenameTable op) {
    return CodeBlock.of("$L.renameTable($S, $S)", receiver, op.from(), op.to());
  }

  @Override
  public CodeBlock visit(AddColumn op) {
    return onTable("addColumn", op.table(), elements.column(op.column()));
  }

  @Override
  public CodeBlock visit(DropColumn op) {
    return onTable("dropColumn", op.table(), elements.column(op.column()));
  }

  @Override
  public CodeBlock visit(AlterColumn op) {
    return CodeBlock.of("$L.alterColumn($S,\n$L,\n$L)", receiver, op.table(), elements.column(op.from()),
        elements.column(op.to()));
  }

  @Override
  public CodeBlock visit(RenameColumn op) {
    return CodeBlock.of("$L.renameColumn($S, $S, $S)", receiver, op.table(), op.from(), op.to());
  }

  @Override
  public CodeBlock visit(AddPrimaryKey op) {
    return onTable("addPrimaryKey", op.table(), elements.primaryKey(op.primaryKey()));
  }

  @Override
  public CodeBlock visit(DropPrimaryKey op) {
    return onTable("dropPrimaryKey", op.table(), elements.primaryKey(op.primaryKey()));
  }

  @Override
  public CodeBlock visit(CreateIndex op) {
    return onTable(op.concurrently() ? "createIndexConcurrently" : "createIndex", op.table(),
        elements.element(op.index()));
  }

  @Override
  public CodeBlock visit(DropIndex op) {
    return onTable(op.concurrently() ? "dropIndexConcurrently" : "dropIndex", op.table(),
        elements.element(op.index()));
  }

  @Override
  public CodeBlock visit(AddUnique op) {
    if (op.usingIndex() != null) {
      return CodeBlock.of("$L.addUniqueUsingIndex($S, $L, $S)", receiver, op.table(), elements.element(op.unique()),
          op.usingIndex());
    }
    return onTable("addUnique", op.table(), elements.element(op.unique()));
  }

  @Override
  public CodeBlock visit(DropUnique op) {
    return onTable("dropUnique", op.table(), elements.element(op.unique()));
  }

  @Override
  public CodeBlock visit(AddForeignKey op) {
    return onTable(op.notValid() ? "addForeignKeyNotValid" : "addForeignKey", op.table(),
        elements.element(op.foreignKey()));
  }

  @Override
  public CodeBlock visit(DropForeignKey op) {
    return onTable("dropForeignKey", op.table(), elements.element(op.foreignKey()));
  }

  @Override
  public CodeBlock visit(InsertRows op) {
    return rows("insertRows", op.table(), op.columns(), op.rows());
  }

  @Override
  public CodeBlock visit(DeleteRows op) {
    return rows("deleteRows", op.table(), op.columns(), op.rows());
  }

  @Override
  public CodeBlock visit(SetTableComment op) {
    return CodeBlock.of("$L.setTableComment($S, $S, $S)", receiver, op.table(), op.from(), op.to());
  }

  @Override
  public CodeBlock visit(OutsideTransaction op) {
    return CodeBlock.of("$L.outsideTransaction(o -> $L)", receiver,
        op.operation().accept(new OpCode(elements, "o")));
  }

  /** Java code has no source to render; the comparator never produces it. */
  @Override
  public CodeBlock visit(RunJdbc op) {
    throw new IllegalArgumentException("run(\"" + op.description() + "\") holds Java code and cannot be"
        + " rendered as source");
  }

  private CodeBlock rows(String method, String table, List<String> columns, List<List<Object>> rows) {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("$L.$L($S, $L", receiver, method, table, elements.columnList(columns));
    rows.forEach(row -> code.add(",\n$L", elements.row(row)));
    return code.add(")").build();
  }

  @Override
  public CodeBlock visit(ExecuteSql op) {
    return op.reverseSql() == null
        ? CodeBlock.of("$L.execute($S)", receiver, op.sql())
        : CodeBlock.of("$L.execute($S,\n$S)", receiver, op.sql(), op.reverseSql());
  }

  @Override
  public CodeBlock visit(AddCheck op) {
    return onTable(op.notValid() ? "addCheckNotValid" : "addCheck", op.table(), elements.element(op.check()));
  }

  @Override
  public CodeBlock visit(DropCheck op) {
    return onTable("dropCheck", op.table(), elements.element(op.check()));
  }

  @Override
  public CodeBlock visit(ValidateConstraint op) {
    return CodeBlock.of("$L.validateConstraint($S, $S)", receiver, op.table(), op.name());
  }

  /** Whole seconds as seconds, so the common case reads {@code Duration.ofSeconds(2)}. */
  @Override
  public CodeBlock visit(SetLockTimeout op) {
    long millis = op.timeout().toMillis();
    return millis % 1000 == 0
        ? CodeBlock.of("$L.lockTimeout($T.ofSeconds($L))", receiver, java.time.Duration.class, millis / 1000)
        : CodeBlock.of("$L.lockTimeout($T.ofMillis($L))", receiver, java.time.Duration.class, millis);
  }

  @Override
  public CodeBlock visit(CreateSequence op) {
    return CodeBlock.of("$L.createSequence($L)", receiver, elements.sequence(op.sequence()));
  }

  @Override
  public CodeBlock visit(DropSequence op) {
    return CodeBlock.of("$L.dropSequence($L)", receiver, elements.sequence(op.sequence()));
  }

  @Override
  public CodeBlock visit(AlterSequence op) {
    return CodeBlock.of("$L.alterSequence(\n$L,\n$L)", receiver, elements.sequence(op.from()),
        elements.sequence(op.to()));
  }

  @Override
  public CodeBlock visit(CreateSchema op) {
    return CodeBlock.of("$L.createSchema($S)", receiver, op.name());
  }

  @Override
  public CodeBlock visit(DropSchema op) {
    return CodeBlock.of("$L.dropSchema($S)", receiver, op.name());
  }
}
