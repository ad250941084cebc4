package dev.retort.engine.dialect;

import dev.retort.engine.op.AddCheck;
import dev.retort.engine.op.AddForeignKey;
import dev.retort.engine.op.AddPrimaryKey;
import dev.retort.engine.op.DropPrimaryKey;
import dev.retort.engine.op.AlterColumn;
import dev.retort.engine.op.CreateSchema;
import dev.retort.engine.op.DropSchema;
import dev.retort.engine.op.DropCheck;
import dev.retort.engine.op.DropForeignKey;
import dev.retort.engine.op.DropIndex;
import dev.retort.engine.op.DropUnique;
import dev.retort.engine.op.RenameTable;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.TableDef;
import java.util.List;

/**
 * MariaDB's DDL: {@code MODIFY COLUMN} with the whole new definition, {@code AUTO_INCREMENT}, indexes and
 * unique constraints dropped as indexes, and foreign keys dropped together with the index MariaDB created
 * behind them (it comes back by itself when the key is added again).
 */
final class MariaDbDdl extends StandardDdl {
  MariaDbDdl(SqlDialect dialect, boolean rerun) {
    super(dialect, rerun);
  }

  @Override
  String columnDefinition(ColumnDef column) {
    StringBuilder sql = new StringBuilder(q(column.name())).append(' ').append(type(column));
    if (column.generatedAs() != null) {
      // MariaDB takes no NULL or NOT NULL on a generated column
      sql.append(generated(column.generatedAs()));
    } else {
      sql.append(column.isNullable() ? " NULL" : " NOT NULL");
    }
    if (column.defaultValue() != null) {
      sql.append(" DEFAULT ").append(column.defaultValue());
    }
    if (column.isIdentity()) {
      sql.append(" AUTO_INCREMENT");
    }
    if (column.comment() != null) {
      sql.append(" COMMENT ").append(literal(column.comment()));
    }
    return sql.toString();
  }

  /** A check kept in a column's definition is put back there: its column redefined with the check. */
  @Override
  public List<String> visit(AddCheck op) {
    if (op.check().inColumn() == null) {
      return super.visit(op);
    }
    return List.of(table(op.table()) + "MODIFY COLUMN " + columnDefinition(op.check().inColumn()) + " CHECK ("
        + op.check().expression() + ")");
  }

  /** MariaDB refuses DROP CONSTRAINT for a check kept in a column's definition: the column is redefined. */
  @Override
  public List<String> visit(DropCheck op) {
    if (op.check().inColumn() == null) {
      return super.visit(op);
    }
    return List.of(table(op.table()) + "MODIFY COLUMN " + columnDefinition(op.check().inColumn()));
  }

  @Override
  List<String> commentOn(String table, ColumnDef column) {
    return List.of();
  }

  @Override
  String tableComment(String table, String comment) {
    return table(table) + "COMMENT = " + literal(comment == null ? "" : comment);
  }

  /** MariaDB always calls the primary key PRIMARY; a name would only be ignored. */
  @Override
  String primaryKeyClause(TableDef table) {
    return "PRIMARY KEY (" + columns(table.primaryKey().columns()) + ")";
  }

  @Override
  public List<String> visit(AlterColumn op) {
    return List.of(table(op.table()) + "MODIFY COLUMN " + columnDefinition(op.to()));
  }

  /** MariaDB's CREATE SCHEMA makes a database, which no migration of this one should do by accident. */
  @Override
  public List<String> visit(CreateSchema op) {
    throw new IllegalArgumentException("createSchema(\"" + op.name() + "\") cannot run on MariaDB: its schemas are"
        + " databases, and Hibernate leaves @Table(schema) out there. Remove the operation from the migration.");
  }

  @Override
  public List<String> visit(DropSchema op) {
    throw new IllegalArgumentException("dropSchema(\"" + op.name() + "\") cannot run on MariaDB: its schemas are"
        + " databases. Remove the operation from the migration.");
  }

  /** MariaDB's guards sit after the key word: {@code UNIQUE IF NOT EXISTS}, {@code FOREIGN KEY IF NOT EXISTS}. */
  @Override
  String addUnique(String table, dev.retort.engine.schema.UniqueDef unique) {
    if (!rerun()) {
      return super.addUnique(table, unique);
    }
    return table(table) + "ADD CONSTRAINT " + q(unique.name()) + " UNIQUE IF NOT EXISTS ("
        + columns(unique.columns()) + ")";
  }

  @Override
  public List<String> visit(AddForeignKey op) {
    if (!rerun()) {
      return super.visit(op);
    }
    return List.of(table(op.table()) + "ADD CONSTRAINT " + q(op.foreignKey().name()) + " "
        + foreignKeyBody(op.table(), op.foreignKey(), "IF NOT EXISTS "));
  }

  @Override
  public List<String> visit(AddPrimaryKey op) {
    if (!rerun()) {
      return super.visit(op);
    }
    return List.of(table(op.table()) + "ADD PRIMARY KEY IF NOT EXISTS (" + columns(op.primaryKey().columns()) + ")");
  }

  /** The primary key is the index {@code PRIMARY}, which DROP INDEX takes IF EXISTS with. */
  @Override
  public List<String> visit(DropPrimaryKey op) {
    if (!rerun()) {
      return super.visit(op);
    }
    return List.of(table(op.table()) + "DROP INDEX IF EXISTS `PRIMARY`");
  }

  @Override
  public List<String> visit(RenameTable op) {
    return List.of("RENAME TABLE " + ifExists() + qt(op.from()) + " TO " + qt(op.to()));
  }

  @Override
  public List<String> visit(DropIndex op) {
    return List.of("DROP INDEX " + ifExists() + q(op.index().name()) + " ON " + qt(op.table()));
  }

  @Override
  public List<String> visit(DropUnique op) {
    return List.of(table(op.table()) + "DROP INDEX " + ifExists() + q(op.unique().name()));
  }

  @Override
  public List<String> visit(DropForeignKey op) {
    String name = q(op.foreignKey().name());
    return List.of(table(op.table()) + "DROP FOREIGN KEY " + ifExists() + name,
        "DROP INDEX IF EXISTS " + name + " ON " + qt(op.table()));
  }
}
