package dev.retort.autogen.render;

import dev.retort.engine.op.AlterColumn;
import dev.retort.engine.op.DeleteRows;
import dev.retort.engine.op.DropColumn;
import dev.retort.engine.op.DropSequence;
import dev.retort.engine.op.DropTable;
import dev.retort.engine.op.SchemaOp;

/** The {@code // DESTRUCTIVE:} line for an operation that can lose data: what is lost, in plain words. */
final class DestructiveNote {
  private DestructiveNote() {}

  static String of(SchemaOp op) {
    if (op instanceof DropTable drop) {
      return "drops table " + drop.table().name() + " and all its rows";
    }
    if (op instanceof DropColumn drop) {
      return "drops column " + drop.table() + "." + drop.column().name() + " and its data";
    }
    if (op instanceof AlterColumn alter) {
      return "changes " + alter.table() + "." + alter.columnName() + " from " + alter.from().type().describe()
          + " to " + alter.to().type().describe() + "; values that do not fit fail or are cut";
    }
    if (op instanceof DeleteRows delete) {
      return "deletes " + delete.rows().size() + " row(s) from " + delete.table();
    }
    if (op instanceof DropSequence drop) {
      return "drops sequence " + drop.sequence().name() + " and the value it reached; created again it"
          + " starts at " + drop.sequence().start();
    }
    return op.describe() + " can lose data";
  }
}
