package dev.retort.autogen.compare;

import dev.retort.engine.op.AddColumn;
import dev.retort.engine.op.AlterColumn;
import dev.retort.engine.op.DropColumn;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.TableDef;
import java.util.Optional;

/** Columns of a table both sides have: added, altered (type, nullability, default, identity), dropped. */
final class ColumnComparator {
  private ColumnComparator() {}

  static void compare(TableDef target, TableDef current, Plan plan) {
    for (ColumnDef wanted : target.columns()) {
      Optional<ColumnDef> existing = current.column(wanted.name());
      if (existing.isEmpty()) {
        plan.add(Phase.ADD_COLUMNS, new AddColumn(target.name(), wanted));
        if (!wanted.isNullable() && wanted.defaultValue() == null && !wanted.isIdentity()) {
          plan.warn(target.name() + "." + wanted.name() + " is added as NOT NULL without a default: the upgrade"
              + " fails if " + target.name() + " has rows. Give it a default, or add it nullable, fill it, then"
              + " make it NOT NULL.");
        }
      } else if (!existing.get().equals(wanted)) {
        plan.add(Phase.ALTER_COLUMNS, new AlterColumn(target.name(), existing.get(), wanted));
      }
    }
    for (ColumnDef had : current.columns()) {
      if (target.column(had.name()).isEmpty()) {
        plan.add(Phase.DROP_COLUMNS, new DropColumn(current.name(), had));
      }
    }
  }
}
