package dev.retort.autogen;

import dev.retort.autogen.compare.SchemaDiff;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.op.AddColumn;
import dev.retort.engine.op.AlterColumn;
import dev.retort.engine.op.CreateTable;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.TypeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A column the migration writes with a vendor type ({@code raw(...)}) makes the migration one database's
 * own: every portable type is written as Hibernate expects on each database, a raw one only as it is. The
 * user is told which columns, so a chain meant for H2 in tests and another database in production is
 * not found out by a failing deployment.
 */
final class VendorTypes {
  private VendorTypes() {}

  static SchemaDiff warn(SchemaDiff diff, SqlDialect dialect) {
    List<String> columns = new ArrayList<>();
    for (SchemaOp op : diff.upgrade()) {
      added(op).filter(c -> c.column().type().kind() == TypeKind.OTHER)
          .map(c -> c.table() + "." + c.column().name() + " (" + c.column().type().rawName() + ")")
          .filter(c -> !columns.contains(c))
          .forEach(columns::add);
    }
    if (columns.isEmpty()) {
      return diff;
    }
    return diff.withWarnings(List.of("The migration writes " + String.join(", ", columns) + " with a type only "
        + dialect.name() + " has, so it runs only on " + dialect.name() + ". To run the same migration on"
        + " another database, map the property to a portable type (an enum, JSON, UUID, a string, number,"
        + " date-time or binary type) or edit the migration to use one."));
  }

  private static Stream<TableColumn> added(SchemaOp op) {
    if (op instanceof CreateTable create) {
      return create.table().columns().stream().map(c -> new TableColumn(create.table().name(), c));
    }
    if (op instanceof AddColumn add) {
      return Stream.of(new TableColumn(add.table(), add.column()));
    }
    if (op instanceof AlterColumn alter && alter.typeChanged()) {
      return Stream.of(new TableColumn(alter.table(), alter.to()));
    }
    return Stream.empty();
  }

  private record TableColumn(String table, ColumnDef column) {}
}
