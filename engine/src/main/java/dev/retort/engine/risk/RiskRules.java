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
import dev.retort.engine.schema.ColumnDef;
import java.util.ArrayList;
import java.util.List;

/**
 * The reasons every database shares: what an operation loses, which existing rows make it fail, and what the
 * application version still running during a deploy stops finding. A dialect's rules add the locks its
 * database takes. One instance judges one operation at a time.
 */
class RiskRules implements OpVisitor<Void> {
  private final List<RiskReason> reasons = new ArrayList<>();
  private String saferWay;
  private RiskKind saferFor;
  /** Whether the operation replaces a check with one that allows every value the old one did. */
  private boolean widensCheck;
  /** Whether a validated check proved the column of a SET NOT NULL holds no NULL already. */
  private boolean provenNotNull;

  /** The risk of {@code op}; {@code emptyTable} leaves out what only rows make slow or make fail. */
  final Risk judge(SchemaOp op, boolean emptyTable, boolean widensCheck) {
    return judge(op, emptyTable, widensCheck, false);
  }

  /** As above; {@code provenNotNull} when a validated {@code CHECK (c IS NOT NULL)} came before a SET NOT NULL. */
  final Risk judge(SchemaOp op, boolean emptyTable, boolean widensCheck, boolean provenNotNull) {
    reasons.clear();
    saferWay = null;
    saferFor = null;
    this.widensCheck = widensCheck;
    this.provenNotNull = provenNotNull;
    op.accept(this);
    List<RiskReason> kept = reasons.stream().filter(reason -> !emptyTable
        || reason.kind() != RiskKind.EXISTING_ROWS && reason.kind() != RiskKind.LOCK).toList();
    boolean saferKept = kept.stream().anyMatch(reason -> reason.kind() == saferFor);
    return Risk.of(kept, saferKept ? saferWay : null);
  }

  final void reason(RiskKind kind, String text) {
    reasons.add(new RiskReason(kind, text));
  }

  /** A reason, and the safer way around it. */
  final void reason(RiskKind kind, String text, String safer) {
    reason(kind, text);
    if (saferWay == null) {
      saferWay = safer;
      saferFor = kind;
    }
  }

  /**
   * Whether the database leaves existing rows to a later VALIDATE when a constraint is added NOT VALID
   * (PostgreSQL); elsewhere, and where the database is not known, the rows are checked when it is added.
   */
  boolean defersValidation() {
    return false;
  }

  /** Whether the SET NOT NULL being judged follows a validated check that proved it (see {@link #judge}). */
  final boolean provenNotNull() {
    return provenNotNull;
  }

  private static String column(String table, ColumnDef column) {
    return table + "." + column.name();
  }

  @Override
  public Void visit(CreateTable op) {
    return null;
  }

  @Override
  public Void visit(DropTable op) {
    reason(RiskKind.DATA_LOSS, "drops table " + op.table().name() + " and all its rows");
    reason(RiskKind.RUNNING_APP, "the application version still running may read " + op.table().name(),
        "stop using the table in one release, drop it in a later one");
    return null;
  }

  @Override
  public Void visit(RenameTable op) {
    reason(RiskKind.RUNNING_APP, "the application version still running uses the old name " + op.from(),
        "keep a view under the old name until no running version uses it");
    return null;
  }

  @Override
  public Void visit(AddColumn op) {
    ColumnDef column = op.column();
    if (!column.isNullable() && column.defaultValue() == null && !column.isIdentity()
        && column.generatedAs() == null) {
      notNullWithoutDefault(op);
    }
    return null;
  }

  /** An added NOT NULL column without a default: most databases refuse it on a table that has rows. */
  void notNullWithoutDefault(AddColumn op) {
    reason(RiskKind.EXISTING_ROWS, "fails if " + op.table() + " has rows: " + op.column().name()
        + " is NOT NULL without a default", "add it nullable, fill it, then make it NOT NULL; or give it a default");
  }

  @Override
  public Void visit(DropColumn op) {
    reason(RiskKind.DATA_LOSS, "drops column " + column(op.table(), op.column()) + " and its data");
    reason(RiskKind.RUNNING_APP, "the application version still running may read " + column(op.table(), op.column()),
        "stop reading the column in one release, drop it in a later one");
    return null;
  }

  @Override
  public Void visit(AlterColumn op) {
    if (op.typeChanged() && !TypeChange.widens(op.from().type(), op.to().type())) {
      reason(RiskKind.DATA_LOSS, "changes " + op.table() + "." + op.columnName() + " from "
          + op.from().type().describe() + " to " + op.to().type().describe()
          + "; values that do not fit fail or are cut",
          "add a column of the new type, copy the values that fit, switch the application over, then drop the old one");
    }
    if (op.nullabilityChanged() && !op.to().isNullable() && !provenNotNull) {
      reason(RiskKind.EXISTING_ROWS, "fails if a row of " + op.table() + " holds NULL in " + op.columnName());
    }
    return null;
  }

  @Override
  public Void visit(RenameColumn op) {
    reason(RiskKind.RUNNING_APP, "the application version still running uses the old name " + op.table() + "."
        + op.from(), "add the new column and write both in one release, copy the values, drop the old one in a"
        + " later release");
    return null;
  }

  @Override
  public Void visit(AddPrimaryKey op) {
    reason(RiskKind.EXISTING_ROWS, "fails if rows of " + op.table() + " repeat a key or hold NULL in "
        + String.join(", ", op.primaryKey().columns()));
    return null;
  }

  @Override
  public Void visit(DropPrimaryKey op) {
    return null;
  }

  @Override
  public Void visit(CreateIndex op) {
    if (op.index().unique()) {
      duplicates(op.table(), op.index().columns());
    }
    return null;
  }

  final void duplicates(String table, List<String> columns) {
    reason(RiskKind.EXISTING_ROWS, "fails if rows of " + table + " repeat a value of "
        + String.join(", ", columns));
  }

  @Override
  public Void visit(DropIndex op) {
    return null;
  }

  /** The unique index a constraint takes over holds its values unique already. */
  @Override
  public Void visit(AddUnique op) {
    if (op.usingIndex() == null) {
      duplicates(op.table(), op.unique().columns());
    }
    return null;
  }

  @Override
  public Void visit(DropUnique op) {
    return null;
  }

  @Override
  public Void visit(AddForeignKey op) {
    if (op.notValid() && defersValidation()) {
      return null; // the existing rows are its ValidateConstraint's to check
    }
    reason(RiskKind.EXISTING_ROWS, "fails if a row of " + op.table() + " references a missing row of "
        + op.foreignKey().referencedTable());
    return null;
  }

  @Override
  public Void visit(DropForeignKey op) {
    return null;
  }

  @Override
  public Void visit(ExecuteSql op) {
    reason(RiskKind.UNJUDGED, "runs SQL written by hand, which Retort does not judge");
    return null;
  }

  @Override
  public Void visit(InsertRows op) {
    return null;
  }

  @Override
  public Void visit(DeleteRows op) {
    reason(RiskKind.DATA_LOSS, "deletes " + op.rows().size() + " row(s) from " + op.table());
    return null;
  }

  @Override
  public Void visit(RunJdbc op) {
    reason(RiskKind.UNJUDGED, "runs Java code, which Retort does not judge");
    return null;
  }

  /** What runs outside the transaction is judged as itself. */
  @Override
  public Void visit(OutsideTransaction op) {
    return op.operation().accept(this);
  }

  @Override
  public Void visit(SetTableComment op) {
    return null;
  }

  @Override
  public Void visit(AddCheck op) {
    if (!widensCheck && !(op.notValid() && defersValidation())) {
      reason(RiskKind.EXISTING_ROWS, "fails if a row of " + op.table() + " breaks " + op.check().name());
    }
    return null;
  }

  @Override
  public Void visit(DropCheck op) {
    return null;
  }

  @Override
  public Void visit(ValidateConstraint op) {
    if (defersValidation()) {
      reason(RiskKind.EXISTING_ROWS, "fails if a row of " + op.table() + " breaks " + op.name());
    }
    return null;
  }

  @Override
  public Void visit(SetLockTimeout op) {
    return null;
  }

  @Override
  public Void visit(CreateSequence op) {
    return null;
  }

  @Override
  public Void visit(DropSequence op) {
    reason(RiskKind.DATA_LOSS, "drops sequence " + op.sequence().name() + " and the value it reached; created"
        + " again it starts at " + op.sequence().start());
    return null;
  }

  @Override
  public Void visit(AlterSequence op) {
    return null;
  }

  @Override
  public Void visit(CreateSchema op) {
    return null;
  }

  @Override
  public Void visit(DropSchema op) {
    return null;
  }
}
