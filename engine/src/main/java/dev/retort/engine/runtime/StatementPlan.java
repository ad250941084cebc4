package dev.retort.engine.runtime;

import dev.retort.engine.dialect.Rerun;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.op.CreateIndex;
import dev.retort.engine.op.DeleteRows;
import dev.retort.engine.op.DropIndex;
import dev.retort.engine.op.ExecuteSql;
import dev.retort.engine.op.InsertRows;
import dev.retort.engine.op.OutsideTransaction;
import dev.retort.engine.op.RunJdbc;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.op.SetLockTimeout;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns a step's operations into what runs online: the dialect's SQL, except that row values are bound as
 * parameters and Java code runs as code. The text of each statement is the dialect's literal rendering.
 */
final class StatementPlan {
  private StatementPlan() {}

  /**
   * A lock timeout is no statement of its own: it becomes the setting of every statement after it, where the
   * dialect spells one.
   */
  static List<PlannedStatement> of(SqlDialect dialect, List<SchemaOp> ops) {
    List<PlannedStatement> planned = new ArrayList<>();
    SessionSetting setting = null;
    for (SchemaOp op : ops) {
      if (op instanceof SetLockTimeout timeout) {
        String set = dialect.setLockTimeout(timeout.timeout());
        setting = set == null ? null : new SessionSetting(set, dialect.resetLockTimeout());
        continue;
      }
      SessionSetting current = setting;
      of(dialect, op).forEach(p -> planned.add(current == null ? p : p.with(current)));
    }
    return planned;
  }

  private static List<PlannedStatement> of(SqlDialect dialect, SchemaOp op) {
    List<PlannedStatement> planned = new ArrayList<>();
    List<String> texts = dialect.toSql(op);
    if (op instanceof OutsideTransaction outside) {
      of(dialect, outside.operation()).forEach(p -> planned.add(p.outside()));
    } else if (op instanceof InsertRows insert) {
      String sql = "INSERT INTO " + dialect.quote(insert.table()) + " (" + columns(dialect, insert.columns())
          + ") VALUES (" + insert.columns().stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
      for (int i = 0; i < insert.rows().size(); i++) {
        planned.add(new PlannedStatement(texts.get(i), sql, insert.rows().get(i), null, false, null));
      }
    } else if (op instanceof DeleteRows delete) {
      for (int i = 0; i < delete.rows().size(); i++) {
        planned.add(deleteRow(dialect, delete, delete.rows().get(i), texts.get(i)));
      }
    } else if (op instanceof RunJdbc run) {
      planned.add(new PlannedStatement(texts.get(0), null, List.of(), run.work(), false, null));
    } else if (op instanceof ExecuteSql) {
      texts.forEach(text -> planned.add(PlannedStatement.sql(text, null)));
    } else {
      List<Rerun> reruns = dialect.toRerunSql(op);
      for (int i = 0; i < texts.size(); i++) {
        PlannedStatement statement = PlannedStatement.sql(texts.get(i), reruns.get(i));
        // PostgreSQL refuses CONCURRENTLY in a transaction, wherever the migration recorded it
        planned.add(concurrently(op) ? statement.outside() : statement);
      }
    }
    return planned;
  }

  private static boolean concurrently(SchemaOp op) {
    return op instanceof CreateIndex create && create.concurrently()
        || op instanceof DropIndex drop && drop.concurrently();
  }

  private static PlannedStatement deleteRow(SqlDialect dialect, DeleteRows delete, List<Object> row, String text) {
    List<String> conditions = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < row.size(); i++) {
      String column = dialect.quote(delete.columns().get(i));
      if (row.get(i) == null) {
        conditions.add(column + " IS NULL");
      } else {
        conditions.add(column + " = ?");
        values.add(row.get(i));
      }
    }
    String sql = "DELETE FROM " + dialect.quote(delete.table()) + " WHERE " + String.join(" AND ", conditions);
    return new PlannedStatement(text, sql, values, null, false, null);
  }

  private static String columns(SqlDialect dialect, List<String> columns) {
    return columns.stream().map(dialect::quote).collect(Collectors.joining(", "));
  }
}
