package dev.retort.engine.migration;

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
import dev.retort.engine.op.OutsideTransaction;
import dev.retort.engine.op.JdbcWork;
import dev.retort.engine.op.RunJdbc;
import dev.retort.engine.op.RenameColumn;
import dev.retort.engine.op.RenameTable;
import dev.retort.engine.op.SchemaOp;
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
import dev.retort.engine.schema.TableDef;
import dev.retort.engine.schema.TableElement;
import dev.retort.engine.schema.UniqueDef;
import dev.retort.engine.schema.SequenceDef;
import java.util.ArrayList;
import java.util.List;

/**
 * The operations a migration records, in order. Nothing runs here: the engine reads {@link #recorded()} and
 * renders SQL for its dialect, online or offline.
 */
public final class Ops {
  private final List<SchemaOp> recorded = new ArrayList<>();

  /** Records an operation as is; the named methods below are the readable way in. */
  public Ops add(SchemaOp op) {
    recorded.add(java.util.Objects.requireNonNull(op, "op == null"));
    return this;
  }

  public List<SchemaOp> recorded() {
    return List.copyOf(recorded);
  }

  public Ops createTable(String name, TableElement... elements) {
    return add(new CreateTable(TableDef.of(name, List.of(elements))));
  }

  /** Drops a table; lists its definition so that the drop can be reversed. */
  public Ops dropTable(String name, TableElement... elements) {
    return add(new DropTable(TableDef.of(name, List.of(elements))));
  }

  public Ops renameTable(String from, String to) {
    return add(new RenameTable(from, to));
  }

  public Ops addColumn(String table, ColumnDef column) {
    return add(new AddColumn(table, column));
  }

  public Ops dropColumn(String table, ColumnDef column) {
    return add(new DropColumn(table, column));
  }

  public Ops alterColumn(String table, ColumnDef from, ColumnDef to) {
    return add(new AlterColumn(table, from, to));
  }

  public Ops renameColumn(String table, String from, String to) {
    return add(new RenameColumn(table, from, to));
  }

  public Ops addPrimaryKey(String table, PrimaryKeyDef primaryKey) {
    return add(new AddPrimaryKey(table, primaryKey));
  }

  public Ops dropPrimaryKey(String table, PrimaryKeyDef primaryKey) {
    return add(new DropPrimaryKey(table, primaryKey));
  }

  public Ops createIndex(String table, IndexDef index) {
    return add(new CreateIndex(table, index));
  }

  public Ops dropIndex(String table, IndexDef index) {
    return add(new DropIndex(table, index));
  }

  /** PostgreSQL builds it without blocking writes; record it in {@link #outsideTransaction}. */
  public Ops createIndexConcurrently(String table, IndexDef index) {
    return add(new CreateIndex(table, index, true));
  }

  /** PostgreSQL drops it without blocking reads or writes; record it in {@link #outsideTransaction}. */
  public Ops dropIndexConcurrently(String table, IndexDef index) {
    return add(new DropIndex(table, index, true));
  }

  /** Makes the unique index {@code index}, built before, the constraint {@code unique}. */
  public Ops addUniqueUsingIndex(String table, UniqueDef unique, String index) {
    return add(new AddUnique(table, unique, java.util.Objects.requireNonNull(index, "index == null")));
  }

  /** A foreign key PostgreSQL does not check existing rows against until {@link #validateConstraint}. */
  public Ops addForeignKeyNotValid(String table, ForeignKeyDef foreignKey) {
    return add(new AddForeignKey(table, foreignKey, true));
  }

  /** A check PostgreSQL does not hold existing rows to until {@link #validateConstraint}. */
  public Ops addCheckNotValid(String table, CheckDef check) {
    return add(new AddCheck(table, check, true));
  }

  /** Checks the existing rows against a constraint added not valid, while reads and writes go on. */
  public Ops validateConstraint(String table, String name) {
    return add(new ValidateConstraint(table, name));
  }

  /** How long each later statement may wait for a lock before it fails (PostgreSQL's lock_timeout). */
  public Ops lockTimeout(java.time.Duration timeout) {
    return add(new SetLockTimeout(timeout));
  }

  public Ops addUnique(String table, UniqueDef unique) {
    return add(new AddUnique(table, unique));
  }

  public Ops dropUnique(String table, UniqueDef unique) {
    return add(new DropUnique(table, unique));
  }

  public Ops addForeignKey(String table, ForeignKeyDef foreignKey) {
    return add(new AddForeignKey(table, foreignKey));
  }

  public Ops dropForeignKey(String table, ForeignKeyDef foreignKey) {
    return add(new DropForeignKey(table, foreignKey));
  }

  public Ops addCheck(String table, CheckDef check) {
    return add(new AddCheck(table, check));
  }

  public Ops dropCheck(String table, CheckDef check) {
    return add(new DropCheck(table, check));
  }

  /** Creates a named schema: {@code op.createSchema("billing")} before {@code createTable("billing.invoices", ...)}. */
  public Ops createSchema(String name) {
    return add(new CreateSchema(name));
  }

  /** Drops an empty named schema. */
  public Ops dropSchema(String name) {
    return add(new DropSchema(name));
  }

  /**
   * Records what {@code body} records as operations that run outside the migration's transaction:
   * {@code op.outsideTransaction(o -> o.execute("CREATE INDEX CONCURRENTLY ...", "DROP INDEX ..."))}.
   */
  public Ops outsideTransaction(java.util.function.Consumer<Ops> body) {
    Ops inner = new Ops();
    body.accept(inner);
    inner.recorded().forEach(op -> add(new OutsideTransaction(op)));
    return this;
  }

  /** Sets ({@code to}) or removes ({@code null}) a table's comment; {@code from} is the comment before. */
  public Ops setTableComment(String table, String from, String to) {
    return add(new SetTableComment(table, from, to));
  }

  /** Runs SQL as written; irreversible. */
  public Ops execute(String sql) {
    return add(new ExecuteSql(sql, null));
  }

  /** Inserts literal rows: {@code op.insertRows("licences", columns("spdx_id"), row("MIT"), row("ASL-2.0"))}. */
  @SafeVarargs
  public final Ops insertRows(String table, List<String> columns, List<Object>... rows) {
    return add(new InsertRows(table, columns, List.of(rows)));
  }

  /** Deletes the rows whose listed columns hold these values. */
  @SafeVarargs
  public final Ops deleteRows(String table, List<String> columns, List<Object>... rows) {
    return add(new DeleteRows(table, columns, List.of(rows)));
  }

  /** Runs Java code with the migration's connection, inside its transaction; irreversible. */
  public Ops run(String description, JdbcWork work) {
    return add(new RunJdbc(description, work, null));
  }

  /** Runs Java code with the migration's connection; {@code reverse} undoes it on downgrade. */
  public Ops run(String description, JdbcWork work, JdbcWork reverse) {
    return add(new RunJdbc(description, work, reverse));
  }

  /** Runs SQL as written; {@code reverseSql} undoes it on downgrade. */
  public Ops execute(String sql, String reverseSql) {
    return add(new ExecuteSql(sql, reverseSql));
  }

  /** Creates a sequence: {@code op.createSequence(sequence("items_seq").startWith(1).incrementBy(50))}. */
  public Ops createSequence(SequenceDef sequence) {
    return add(new CreateSequence(sequence));
  }

  /** Drops a sequence; gives its definition so that the drop can be reversed. */
  public Ops dropSequence(SequenceDef sequence) {
    return add(new DropSequence(sequence));
  }

  /** Changes a sequence's increment or start; the next value it hands out does not move. */
  public Ops alterSequence(SequenceDef from, SequenceDef to) {
    return add(new AlterSequence(from, to));
  }
}
