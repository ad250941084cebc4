package dev.retort.engine.runtime;

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
import dev.retort.engine.op.DeleteRows;
import dev.retort.engine.op.DropCheck;
import dev.retort.engine.op.DropColumn;
import dev.retort.engine.op.DropForeignKey;
import dev.retort.engine.op.DropIndex;
import dev.retort.engine.op.DropPrimaryKey;
import dev.retort.engine.op.DropTable;
import dev.retort.engine.op.DropUnique;
import dev.retort.engine.op.ExecuteSql;
import dev.retort.engine.op.InsertRows;
import dev.retort.engine.op.OpVisitor;
import dev.retort.engine.op.OutsideTransaction;
import dev.retort.engine.op.RenameColumn;
import dev.retort.engine.op.RenameTable;
import dev.retort.engine.op.RunJdbc;
import dev.retort.engine.op.SetLockTimeout;
import dev.retort.engine.op.SetTableComment;
import dev.retort.engine.op.ValidateConstraint;
import dev.retort.engine.schema.CheckDef;
import dev.retort.engine.op.CreateSequence;
import dev.retort.engine.op.DropSequence;
import dev.retort.engine.op.AlterSequence;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.ForeignKeyDef;
import dev.retort.engine.schema.IndexDef;
import dev.retort.engine.schema.PrimaryKeyDef;
import dev.retort.engine.schema.ReferentialAction;
import dev.retort.engine.schema.TableComment;
import dev.retort.engine.schema.TableDef;
import dev.retort.engine.schema.UniqueDef;
import dev.retort.engine.schema.SequenceDef;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The canonical text of an operation that checksums are taken over. It is written out field by field and
 * leaves out values at their defaults, so a later Retort that adds a field with a default does not change
 * the checksum of migrations applied before it.
 */
final class OpFingerprint implements OpVisitor<String> {
  static String of(List<? extends dev.retort.engine.op.SchemaOp> ops) {
    OpFingerprint fingerprint = new OpFingerprint();
    return ops.stream().map(op -> op.accept(fingerprint)).collect(Collectors.joining("\n"));
  }

  private static String q(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String names(List<String> names) {
    return names.stream().map(OpFingerprint::q).collect(Collectors.joining(",", "(", ")"));
  }

  private static String column(ColumnDef c) {
    return "column " + q(c.name()) + " " + q(c.type().describe()) + (c.isNullable() ? "" : " not-null")
        + (c.isIdentity() ? " identity" : "") + (c.defaultValue() == null ? "" : " default " + q(c.defaultValue()))
        + (c.comment() == null ? "" : " comment " + q(c.comment()))
        + (c.generatedAs() == null ? "" : " generated " + q(c.generatedAs()));
  }

  private static String primaryKey(PrimaryKeyDef k) {
    return "primary-key" + (k.name() == null ? "" : " " + q(k.name())) + names(k.columns());
  }

  private static String unique(UniqueDef u) {
    return "unique " + q(u.name()) + names(u.columns());
  }

  private static String index(IndexDef i) {
    // an ascending index keeps the text it always had, so applied migrations keep their checksums
    return (i.unique() ? "unique-index " : "index ") + q(i.name()) + names(i.columns())
        + (i.descending().isEmpty() ? "" : " descending" + names(i.descending()))
        + (i.prefixLengths().isEmpty() ? "" : " prefixes" + i.prefixLengths());
  }

  private static String foreignKey(ForeignKeyDef f) {
    return "foreign-key " + q(f.name()) + names(f.columns()) + " " + q(f.referencedTable())
        + names(f.referencedColumns())
        + (f.onDelete() == ReferentialAction.NO_ACTION ? "" : " on-delete " + f.onDelete().name());
  }

  private static String check(CheckDef c) {
    return "check " + q(c.name()) + " " + q(c.expression())
        + (c.inColumn() == null ? "" : " in-" + column(c.inColumn()));
  }

  private static String table(TableDef t) {
    return q(t.name()) + " {" + t.elements().stream().map(e -> {
      if (e instanceof ColumnDef c) {
        return column(c);
      } else if (e instanceof PrimaryKeyDef p) {
        return primaryKey(p);
      } else if (e instanceof UniqueDef u) {
        return unique(u);
      } else if (e instanceof IndexDef i) {
        return index(i);
      } else if (e instanceof TableComment c) {
        return "comment " + q(c.text());
      } else if (e instanceof CheckDef c) {
        return check(c);
      }
      return foreignKey((ForeignKeyDef) e);
    }).collect(Collectors.joining("; ")) + "}";
  }

  private static String rows(String verb, String table, List<String> columns, List<List<Object>> rows) {
    return verb + " " + q(table) + names(columns) + rows.stream()
        .map(row -> row.stream().map(v -> v == null ? "null" : v.getClass().getSimpleName() + ":" + q(v.toString()))
            .collect(Collectors.joining(",", "(", ")")))
        .collect(Collectors.joining(""));
  }

  @Override
  public String visit(CreateTable op) {
    return "create-table " + table(op.table());
  }

  @Override
  public String visit(DropTable op) {
    return "drop-table " + table(op.table());
  }

  @Override
  public String visit(RenameTable op) {
    return "rename-table " + q(op.from()) + " " + q(op.to());
  }

  @Override
  public String visit(AddColumn op) {
    return "add " + q(op.table()) + " " + column(op.column());
  }

  @Override
  public String visit(DropColumn op) {
    return "drop " + q(op.table()) + " " + column(op.column());
  }

  @Override
  public String visit(AlterColumn op) {
    return "alter " + q(op.table()) + " " + column(op.from()) + " -> " + column(op.to());
  }

  @Override
  public String visit(RenameColumn op) {
    return "rename-column " + q(op.table()) + " " + q(op.from()) + " " + q(op.to());
  }

  @Override
  public String visit(AddPrimaryKey op) {
    return "add " + q(op.table()) + " " + primaryKey(op.primaryKey());
  }

  @Override
  public String visit(DropPrimaryKey op) {
    return "drop " + q(op.table()) + " " + primaryKey(op.primaryKey());
  }

  @Override
  public String visit(CreateIndex op) {
    return "add " + q(op.table()) + " " + index(op.index()) + concurrently(op.concurrently());
  }

  // the online forms' attributes appear only when set, so that plain operations keep their checksums
  private static String concurrently(boolean concurrently) {
    return concurrently ? " concurrently" : "";
  }

  private static String notValid(boolean notValid) {
    return notValid ? " not-valid" : "";
  }

  @Override
  public String visit(DropIndex op) {
    return "drop " + q(op.table()) + " " + index(op.index()) + concurrently(op.concurrently());
  }

  @Override
  public String visit(AddUnique op) {
    return "add " + q(op.table()) + " " + unique(op.unique())
        + (op.usingIndex() == null ? "" : " using-index " + q(op.usingIndex()));
  }

  @Override
  public String visit(DropUnique op) {
    return "drop " + q(op.table()) + " " + unique(op.unique());
  }

  @Override
  public String visit(AddForeignKey op) {
    return "add " + q(op.table()) + " " + foreignKey(op.foreignKey()) + notValid(op.notValid());
  }

  @Override
  public String visit(DropForeignKey op) {
    return "drop " + q(op.table()) + " " + foreignKey(op.foreignKey());
  }

  @Override
  public String visit(ExecuteSql op) {
    return "execute " + q(op.sql()) + (op.reverseSql() == null ? "" : " reverse " + q(op.reverseSql()));
  }

  @Override
  public String visit(InsertRows op) {
    return rows("insert-rows", op.table(), op.columns(), op.rows());
  }

  @Override
  public String visit(DeleteRows op) {
    return rows("delete-rows", op.table(), op.columns(), op.rows());
  }

  @Override
  public String visit(RunJdbc op) {
    return "run " + q(op.description());
  }

  @Override
  public String visit(SetTableComment op) {
    return "table-comment " + q(op.table()) + " " + (op.from() == null ? "null" : q(op.from())) + " -> "
        + (op.to() == null ? "null" : q(op.to()));
  }

  @Override
  public String visit(OutsideTransaction op) {
    return "outside-transaction " + op.operation().accept(this);
  }

  @Override
  public String visit(AddCheck op) {
    return "add " + q(op.table()) + " " + check(op.check()) + notValid(op.notValid());
  }

  @Override
  public String visit(ValidateConstraint op) {
    return "validate " + q(op.table()) + " " + q(op.name());
  }

  @Override
  public String visit(SetLockTimeout op) {
    return "lock-timeout " + op.timeout().toMillis() + "ms";
  }

  @Override
  public String visit(DropCheck op) {
    return "drop " + q(op.table()) + " " + check(op.check());
  }

  private static String sequence(SequenceDef s) {
    return q(s.name()) + " start " + s.start() + " increment " + s.increment();
  }

  @Override
  public String visit(CreateSequence op) {
    return "create-sequence " + sequence(op.sequence());
  }

  @Override
  public String visit(DropSequence op) {
    return "drop-sequence " + sequence(op.sequence());
  }

  @Override
  public String visit(AlterSequence op) {
    return "alter-sequence " + sequence(op.from()) + " -> " + sequence(op.to());
  }

  @Override
  public String visit(CreateSchema op) {
    return "create-schema " + q(op.name());
  }

  @Override
  public String visit(DropSchema op) {
    return "drop-schema " + q(op.name());
  }
}
