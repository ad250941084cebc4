package dev.retort.engine.risk;

import dev.retort.engine.op.AddCheck;
import dev.retort.engine.op.AddColumn;
import dev.retort.engine.op.AddForeignKey;
import dev.retort.engine.op.AddPrimaryKey;
import dev.retort.engine.op.AddUnique;
import dev.retort.engine.op.AlterColumn;
import dev.retort.engine.op.CreateIndex;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.ColumnType;
import dev.retort.engine.schema.TypeKind;
import java.util.List;
import java.util.Locale;

/**
 * PostgreSQL's locks (its manual's "ALTER TABLE" and "Explicit Locking"): most of ALTER TABLE takes an ACCESS
 * EXCLUSIVE lock, which blocks reads and writes for as long as a scan or rewrite under it lasts.
 */
final class PostgresRiskRules extends RiskRules {
  /** Defaults PostgreSQL evaluates per row, so that adding a column with one rewrites the table. */
  private static final List<String> VOLATILE = List.of("nextval(", "random(", "gen_random_uuid(",
      "clock_timestamp(", "timeofday(", "uuid_generate_");

  @Override
  boolean defersValidation() {
    return true;
  }

  @Override
  public Void visit(AddColumn op) {
    super.visit(op);
    ColumnDef column = op.column();
    String defaultValue = column.defaultValue() == null ? "" : column.defaultValue().toLowerCase(Locale.ROOT);
    if (column.isIdentity() || column.generatedAs() != null || VOLATILE.stream().anyMatch(defaultValue::contains)) {
      reason(RiskKind.LOCK, "PostgreSQL: ADD COLUMN with a value computed per row rewrites the whole table under"
          + " an ACCESS EXCLUSIVE lock",
          "add it nullable without the value, fill it in batches, then add the default or identity");
    }
    return null;
  }

  @Override
  public Void visit(AlterColumn op) {
    super.visit(op);
    if (op.typeChanged() && !keepsStorage(op.from().type(), op.to().type())) {
      reason(RiskKind.LOCK, "PostgreSQL: changing the type of " + op.columnName() + " rewrites the whole table"
          + " under an ACCESS EXCLUSIVE lock");
    }
    if (op.nullabilityChanged() && !op.to().isNullable() && !provenNotNull()) {
      reason(RiskKind.LOCK, "PostgreSQL: SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock",
          "add CHECK (" + op.columnName() + " IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL, which"
              + " then skips the scan");
    }
    return null;
  }

  /** Whether PostgreSQL changes the type in its catalog alone, without rewriting a row. */
  private static boolean keepsStorage(ColumnType a, ColumnType b) {
    if (a.kind() == TypeKind.VARCHAR && b.kind() == TypeKind.TEXT) {
      return true;
    }
    if (a.kind() != b.kind() || !TypeChange.widens(a, b)) {
      return false;
    }
    return a.kind() == TypeKind.VARCHAR || a.kind() == TypeKind.VARBINARY || a.kind().hasFractionalSeconds()
        || a.kind() == TypeKind.NUMERIC && java.util.Objects.equals(a.scale(), b.scale());
  }

  @Override
  public Void visit(AddPrimaryKey op) {
    super.visit(op);
    reason(RiskKind.LOCK, "PostgreSQL: ADD PRIMARY KEY builds its index over the whole table under an ACCESS"
        + " EXCLUSIVE lock", "CREATE UNIQUE INDEX CONCURRENTLY, then ADD PRIMARY KEY USING INDEX");
    return null;
  }

  @Override
  public Void visit(CreateIndex op) {
    super.visit(op);
    if (op.concurrently()) {
      return null; // a SHARE UPDATE EXCLUSIVE lock, which lets reads and writes go on
    }
    reason(RiskKind.LOCK, "PostgreSQL: CREATE INDEX scans the whole table under a SHARE lock, which blocks"
        + " writes", "CREATE INDEX CONCURRENTLY, in op.outsideTransaction(...)");
    return null;
  }

  @Override
  public Void visit(AddUnique op) {
    super.visit(op);
    if (op.usingIndex() != null) {
      return null; // takes over the index built already: a brief lock, no scan
    }
    reason(RiskKind.LOCK, "PostgreSQL: ADD UNIQUE builds its index over the whole table under an ACCESS"
        + " EXCLUSIVE lock", "CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... UNIQUE USING INDEX");
    return null;
  }

  @Override
  public Void visit(AddForeignKey op) {
    super.visit(op);
    if (op.notValid()) {
      return null;
    }
    reason(RiskKind.LOCK, "PostgreSQL: ADD FOREIGN KEY scans the whole table under a SHARE ROW EXCLUSIVE lock"
        + " on it and on " + op.foreignKey().referencedTable(),
        "ADD it NOT VALID, then VALIDATE CONSTRAINT in a later step, which allows writes");
    return null;
  }

  @Override
  public Void visit(AddCheck op) {
    super.visit(op);
    if (op.notValid()) {
      return null;
    }
    reason(RiskKind.LOCK, "PostgreSQL: ADD CHECK scans the whole table under an ACCESS EXCLUSIVE lock",
        "ADD it NOT VALID, then VALIDATE CONSTRAINT in a later step, which allows writes");
    return null;
  }
}
