package dev.retort.autogen;

import dev.retort.engine.op.CreateTable;
import dev.retort.engine.op.DropTable;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.TableDef;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a change too large for one transaction into consecutive parts, each to be written as a migration of its
 * own. PostgreSQL holds a lock on every table, index, sequence and row type a transaction creates or drops until
 * the transaction ends, in a lock table that all sessions share and that holds max_locks_per_transaction ×
 * (max_connections + max_prepared_transactions) entries: 6,400 on a default server, which runs out at about
 * 1,400 tables created or 800 dropped in one transaction. A part is kept to an estimated {@link #DEFAULT_LOCKS},
 * about 250 tables, so that both its upgrade and its downgrade fit with room to spare. The parts keep the order
 * of the operations, so applying them one after another is applying the whole, and so is reverting them.
 */
public final class MigrationParts {
  /** The locks one migration may take, estimated by {@link #locks(SchemaOp)}. */
  public static final int DEFAULT_LOCKS = 4_000;

  /**
   * What a table costs beside its keys and indexes: the table, its row and array types, its TOAST table and that
   * one's index, and their dependency records. Calibrated on PostgreSQL 15, where dropping a table with a primary
   * key, a unique constraint, an index, a foreign key and an identity column takes 16 lock entries.
   */
  private static final int TABLE_LOCKS = 10;
  /** Any other operation locks its table and what it creates or drops. */
  private static final int OTHER_LOCKS = 2;

  private MigrationParts() {}

  /** {@code upgrade} in consecutive parts of at most {@code budget} locks each (an operation alone may take more). */
  public static List<List<SchemaOp>> of(List<SchemaOp> upgrade, int budget) {
    List<List<SchemaOp>> parts = new ArrayList<>();
    List<SchemaOp> part = new ArrayList<>();
    long locks = 0;
    for (SchemaOp op : upgrade) {
      int more = locks(op);
      if (!part.isEmpty() && locks + more > budget) {
        parts.add(List.copyOf(part));
        part.clear();
        locks = 0;
      }
      part.add(op);
      locks += more;
    }
    parts.add(List.copyOf(part));
    return parts;
  }

  /** About how many entries of PostgreSQL's lock table running {@code op} in a transaction takes until it ends. */
  static int locks(SchemaOp op) {
    if (op instanceof CreateTable create) {
      return locks(create.table());
    }
    if (op instanceof DropTable drop) {
      return locks(drop.table());
    }
    return OTHER_LOCKS;
  }

  private static int locks(TableDef table) {
    return TABLE_LOCKS + (table.primaryKey() == null ? 0 : 1) + table.uniques().size() + table.indexes().size()
        + 2 * table.foreignKeys().size() + (int) table.columns().stream().filter(ColumnDef::isIdentity).count();
  }
}
