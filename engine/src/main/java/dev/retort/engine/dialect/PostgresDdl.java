package dev.retort.engine.dialect;

import dev.retort.engine.op.AddUnique;
import dev.retort.engine.op.DropPrimaryKey;
import dev.retort.engine.op.ValidateConstraint;
import dev.retort.engine.schema.QualifiedName;
import dev.retort.engine.schema.CheckDef;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.TypeKind;
import java.util.List;

/** PostgreSQL's DDL: {@code ALTER COLUMN ... TYPE ... USING}, primary keys dropped by constraint name. */
final class PostgresDdl extends StandardDdl {
  PostgresDdl(SqlDialect dialect, boolean rerun) {
    super(dialect, rerun);
  }

  /**
   * {@code bytea} and {@code oid} (a large object, as Hibernate maps a {@code @Lob byte[]}) have no cast
   * between them: the bytes go into a large object, or come back out of it.
   */
  @Override
  String setType(ColumnDef from, ColumnDef to) {
    if (from.type().kind() == TypeKind.BLOB && isOid(to)) {
      return "TYPE oid USING lo_from_bytea(0, " + q(to.name()) + ")";
    }
    if (isOid(from) && to.type().kind() == TypeKind.BLOB) {
      return "TYPE " + type(to) + " USING lo_get(" + q(to.name()) + ")";
    }
    return setType(to);
  }

  /** PostgreSQL has no enum type Hibernate uses: an ENUM is a {@code varchar} held to its values by a check. */
  @Override
  List<CheckDef> typeChecks(String table, ColumnDef column) {
    return column.type().kind() == TypeKind.ENUM ? List.of(EnumCheck.of(dialect(), table, column)) : List.of();
  }

  /** By either name the check may have, so a schema Hibernate's export created changes as well as Retort's. */
  @Override
  List<String> dropTypeChecks(String table, ColumnDef column) {
    if (column.type().kind() != TypeKind.ENUM) {
      return List.of();
    }
    return EnumCheck.names(dialect(), table, column.name()).stream()
        .map(name -> table(table) + "DROP CONSTRAINT IF EXISTS " + q(name)).toList();
  }

  private static boolean isOid(ColumnDef column) {
    return column.type().kind() == TypeKind.OTHER && column.type().rawName().equals("oid");
  }

  @Override
  String setType(ColumnDef column) {
    return "TYPE " + type(column) + " USING " + q(column.name()) + "::" + type(column);
  }

  /**
   * A serial column ({@code nextval} of a sequence it owns) is an identity column to Retort too: dropping
   * the identity drops that default, and {@code IF EXISTS} lets the same statements serve both kinds.
   */
  @Override
  List<String> dropIdentity(String alterColumn) {
    return List.of(alterColumn + "DROP IDENTITY IF EXISTS", alterColumn + "DROP DEFAULT");
  }

  @Override
  String concurrently(boolean concurrently) {
    return concurrently ? "CONCURRENTLY " : "";
  }

  @Override
  String notValid(boolean notValid) {
    return notValid ? " NOT VALID" : "";
  }

  /** Under a SHARE UPDATE EXCLUSIVE lock, which lets reads and writes go on while the rows are checked. */
  @Override
  public List<String> visit(ValidateConstraint op) {
    return List.of(table(op.table()) + "VALIDATE CONSTRAINT " + q(op.name()));
  }

  /** The index becomes the constraint's (and takes its name), so nothing is built under the lock. */
  @Override
  public List<String> visit(AddUnique op) {
    if (op.usingIndex() == null) {
      return super.visit(op);
    }
    return List.of(table(op.table()) + "ADD CONSTRAINT " + q(op.unique().name()) + " UNIQUE USING INDEX "
        + q(op.usingIndex()));
  }

  /** PostgreSQL names an unnamed primary key {@code <table>_pkey}. */
  @Override
  public List<String> visit(DropPrimaryKey op) {
    String name = op.primaryKey().name() == null
        ? QualifiedName.parse(op.table()).name() + "_pkey" : op.primaryKey().name();
    return List.of(table(op.table()) + "DROP CONSTRAINT " + q(name));
  }
}
