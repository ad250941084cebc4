package dev.retort.engine.risk;

import dev.retort.engine.op.AddCheck;
import dev.retort.engine.op.AddColumn;
import dev.retort.engine.op.AddForeignKey;
import dev.retort.engine.op.AddPrimaryKey;
import dev.retort.engine.op.AlterColumn;
import dev.retort.engine.op.DropPrimaryKey;
import dev.retort.engine.schema.ColumnType;
import dev.retort.engine.schema.TypeKind;

/**
 * MariaDB's (InnoDB's) algorithms: INSTANT changes only the catalog, INPLACE rebuilds or builds while writes go
 * on, COPY copies the table into a new one and blocks writes until it is done. Indexes build INPLACE without
 * a lock; column changes mostly copy.
 */
final class MariaDbRiskRules extends RiskRules {
  /** The longest varchar, in bytes, whose length takes one byte: past it a row stores its length in two. */
  private static final int ONE_BYTE_LENGTH = 255;
  /** Bytes per character of utf8mb4, the character set Hibernate's MariaDB tables use. */
  private static final int BYTES_PER_CHAR = 4;

  /** MariaDB fills an added NOT NULL column with its type's implicit default rather than failing. */
  @Override
  void notNullWithoutDefault(AddColumn op) {
    reason(RiskKind.EXISTING_ROWS, "MariaDB: existing rows of " + op.table() + " get the implicit default of "
        + op.column().name() + " (0, '' or a zero date)", "give it a default, or add it nullable and fill it");
  }

  @Override
  public Void visit(AddColumn op) {
    super.visit(op);
    if (op.column().generatedAs() != null) {
      reason(RiskKind.LOCK, "MariaDB: ADD COLUMN of a stored generated column copies the table"
          + " (ALGORITHM=COPY), which blocks writes");
    } else if (op.column().isIdentity()) {
      reason(RiskKind.LOCK, "MariaDB: ADD COLUMN with AUTO_INCREMENT rebuilds the table (ALGORITHM=INPLACE)");
    }
    return null;
  }

  @Override
  public Void visit(AlterColumn op) {
    super.visit(op);
    if (op.typeChanged() && !instant(op.from().type(), op.to().type())) {
      reason(RiskKind.LOCK, "MariaDB: changing the type of " + op.columnName() + " copies the table"
          + " (ALGORITHM=COPY), which blocks writes");
    } else if (op.identityChanged()) {
      reason(RiskKind.LOCK, "MariaDB: changing AUTO_INCREMENT on " + op.columnName() + " copies the table"
          + " (ALGORITHM=COPY), which blocks writes");
    } else if (op.nullabilityChanged() && !op.to().isNullable()) {
      reason(RiskKind.LOCK, "MariaDB: making " + op.columnName() + " NOT NULL rebuilds the table"
          + " (ALGORITHM=INPLACE)");
    }
    return null;
  }

  /** Whether MariaDB changes the type in its catalog alone (ALGORITHM=INSTANT). */
  private static boolean instant(ColumnType a, ColumnType b) {
    if (TypeChange.appendsEnumValues(a, b)) {
      return true;
    }
    if (a.kind() == TypeKind.VARCHAR && b.kind() == TypeKind.VARCHAR && b.length() >= a.length()) {
      return a.length() * BYTES_PER_CHAR <= ONE_BYTE_LENGTH == b.length() * BYTES_PER_CHAR <= ONE_BYTE_LENGTH;
    }
    return false;
  }

  @Override
  public Void visit(AddPrimaryKey op) {
    super.visit(op);
    reason(RiskKind.LOCK, "MariaDB: ADD PRIMARY KEY rebuilds the table (ALGORITHM=INPLACE)");
    return null;
  }

  @Override
  public Void visit(DropPrimaryKey op) {
    super.visit(op);
    reason(RiskKind.LOCK, "MariaDB: DROP PRIMARY KEY copies the table (ALGORITHM=COPY), which blocks writes");
    return null;
  }

  @Override
  public Void visit(AddForeignKey op) {
    super.visit(op);
    reason(RiskKind.LOCK, "MariaDB: ADD FOREIGN KEY copies the table (ALGORITHM=COPY), which blocks writes");
    return null;
  }

  @Override
  public Void visit(AddCheck op) {
    super.visit(op);
    reason(RiskKind.LOCK, "MariaDB: ADD CHECK copies the table (ALGORITHM=COPY), which blocks writes");
    return null;
  }
}
