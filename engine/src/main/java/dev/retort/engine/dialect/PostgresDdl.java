package dev.retort.engine.dialect;

import dev.retort.engine.op.DropPrimaryKey;
import dev.retort.engine.schema.QualifiedName;
import dev.retort.engine.schema.ColumnDef;
import java.util.List;

/** PostgreSQL's DDL: {@code ALTER COLUMN ... TYPE ... USING}, primary keys dropped by constraint name. */
final class PostgresDdl extends StandardDdl {
  PostgresDdl(SqlDialect dialect) {
    super(dialect);
  }

  @Override
  String setType(ColumnDef column) {
    return "TYPE " + type(column) + " USING " + q(column.name()) + "::" + type(column);
  }

  /** PostgreSQL names an unnamed primary key {@code <table>_pkey}. */
  @Override
  public List<String> visit(DropPrimaryKey op) {
    String name = op.primaryKey().name() == null
        ? QualifiedName.parse(op.table()).name() + "_pkey" : op.primaryKey().name();
    return List.of(table(op.table()) + "DROP CONSTRAINT " + q(name));
  }
}
