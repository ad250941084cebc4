package dev.retort.autogen.compare;

import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.op.AddCheck;
import dev.retort.engine.op.AddForeignKey;
import dev.retort.engine.op.AddUnique;
import dev.retort.engine.op.AlterColumn;
import dev.retort.engine.op.CreateIndex;
import dev.retort.engine.op.CreateTable;
import dev.retort.engine.op.DropCheck;
import dev.retort.engine.op.DropIndex;
import dev.retort.engine.op.DropTable;
import dev.retort.engine.op.OutsideTransaction;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.op.SetLockTimeout;
import dev.retort.engine.op.ValidateConstraint;
import dev.retort.engine.schema.CheckDef;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.IndexDef;
import dev.retort.engine.schema.QualifiedName;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The lock-aware planner for PostgreSQL: rewrites the comparator's plain operations into the forms that keep
 * a table open to reads and writes, each an ordinary operation a reviewer reads in the migration.
 * <ul>
 *   <li>an index is built and dropped {@code CONCURRENTLY}, outside the transaction;
 *   <li>a foreign key or check is added {@code NOT VALID} and validated on its own, after a commit: in the
 *       same transaction the lock the ADD took would still be held while VALIDATE scans;
 *   <li>SET NOT NULL follows a validated {@code CHECK (c IS NOT NULL)}, which PostgreSQL 12 and later take as
 *       proof instead of scanning, and the check goes afterwards;
 *   <li>a unique constraint takes over a unique index built concurrently ({@code UNIQUE USING INDEX});
 *   <li>a lock timeout heads the migration, so DDL that waits behind a long transaction fails fast instead of
 *       making every query on the table wait behind it.
 * </ul>
 * Tables the same list creates or drops are left to the plain forms: nobody else uses them. The result
 * changes the schema exactly as the plain operations do.
 */
public final class OnlinePlan implements UnaryOperator<List<SchemaOp>> {
  /** How long each statement may wait for a lock unless configured otherwise. */
  public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(2);

  private final SqlDialect dialect;
  private final Duration lockTimeout;

  /**
   * @param lockTimeout the longest lock wait of each statement; zero to write none
   */
  public OnlinePlan(SqlDialect dialect, Duration lockTimeout) {
    this.dialect = Objects.requireNonNull(dialect, "dialect == null");
    this.lockTimeout = Objects.requireNonNull(lockTimeout, "lockTimeout == null");
    if (lockTimeout.isNegative()) {
      throw new IllegalArgumentException("negative lock timeout: " + lockTimeout);
    }
  }

  /** Whether the database has the online forms: PostgreSQL alone; elsewhere the plan writes the plain ones. */
  public static boolean supports(SqlDialect dialect) {
    return dialect.name().equals("PostgreSQL");
  }

  /** The online forms of {@code plain}, in its order; {@code plain} itself where the database has none. */
  @Override
  public List<SchemaOp> apply(List<SchemaOp> plain) {
    if (!supports(dialect) || plain.isEmpty()) {
      return plain;
    }
    Set<String> unshared = new HashSet<>();
    for (SchemaOp op : plain) {
      if (op instanceof CreateTable create) {
        unshared.add(create.table().name());
      } else if (op instanceof DropTable drop) {
        unshared.add(drop.table().name());
      }
    }
    List<SchemaOp> online = new ArrayList<>();
    if (!lockTimeout.isZero()) {
      online.add(new SetLockTimeout(Duration.ofMillis(Math.max(1, lockTimeout.toMillis()))));
    }
    for (SchemaOp op : plain) {
      online.addAll(rewrite(op, unshared));
    }
    return List.copyOf(online);
  }

  private List<SchemaOp> rewrite(SchemaOp op, Set<String> unshared) {
    SchemaOp inner = op instanceof OutsideTransaction outside ? outside.operation() : op;
    if (unshared.contains(tableOf(inner))) {
      return List.of(op);
    }
    if (inner instanceof CreateIndex create && !create.concurrently()) {
      return List.of(new OutsideTransaction(new CreateIndex(create.table(), create.index(), true)));
    }
    if (inner instanceof DropIndex drop && !drop.concurrently()) {
      return List.of(new OutsideTransaction(new DropIndex(drop.table(), drop.index(), true)));
    }
    if (op instanceof AddForeignKey add && !add.notValid()) {
      return List.of(new AddForeignKey(add.table(), add.foreignKey(), true),
          validate(add.table(), add.foreignKey().name()));
    }
    if (op instanceof AddCheck add && !add.notValid() && add.check().inColumn() == null) {
      return List.of(new AddCheck(add.table(), add.check(), true), validate(add.table(), add.check().name()));
    }
    if (op instanceof AddUnique add && add.usingIndex() == null) {
      String name = add.unique().name();
      return List.of(new OutsideTransaction(new CreateIndex(add.table(), new IndexDef(name, add.unique().columns(),
          true), true)), new AddUnique(add.table(), add.unique(), name));
    }
    if (op instanceof AlterColumn alter && alter.nullabilityChanged() && !alter.to().isNullable()
        && !alter.typeChanged() && !alter.identityChanged() && !alter.to().isIdentity()) {
      return setNotNull(alter);
    }
    return List.of(op);
  }

  /** The other changes of the column first, then NOT NULL through a validated check. */
  private List<SchemaOp> setNotNull(AlterColumn alter) {
    List<SchemaOp> ops = new ArrayList<>();
    ColumnDef stillNullable = alter.to().nullable();
    if (!stillNullable.equals(alter.from())) {
      ops.add(new AlterColumn(alter.table(), alter.from(), stillNullable));
    }
    String column = alter.columnName();
    CheckDef check = new CheckDef(dialect.storedLength(QualifiedName.parse(alter.table()).name() + "_" + column
        + "_not_null"), dialect.quote(column) + " IS NOT NULL");
    ops.add(new AddCheck(alter.table(), check, true));
    ops.add(validate(alter.table(), check.name()));
    ops.add(new AlterColumn(alter.table(), stillNullable, alter.to()));
    ops.add(new DropCheck(alter.table(), check));
    return ops;
  }

  /** On its own, after a commit, so the lock the constraint was added under is not held while it scans. */
  private static SchemaOp validate(String table, String constraint) {
    return new OutsideTransaction(new ValidateConstraint(table, constraint));
  }

  private static String tableOf(SchemaOp op) {
    if (op instanceof CreateIndex create) {
      return create.table();
    } else if (op instanceof DropIndex drop) {
      return drop.table();
    } else if (op instanceof AddForeignKey add) {
      return add.table();
    } else if (op instanceof AddCheck add) {
      return add.table();
    } else if (op instanceof AddUnique add) {
      return add.table();
    } else if (op instanceof AlterColumn alter) {
      return alter.table();
    }
    return null;
  }
}
