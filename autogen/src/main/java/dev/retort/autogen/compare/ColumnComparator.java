package dev.retort.autogen.compare;

import dev.retort.engine.op.AddColumn;
import dev.retort.engine.op.AlterColumn;
import dev.retort.engine.op.DropColumn;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.TableDef;
import java.util.Optional;

/**
 * Columns of a table both sides have: added, altered (type, nullability, default, identity), dropped. A
 * column computed by the database ({@code GENERATED ALWAYS AS}) that changes, or becomes or stops being
 * computed, is dropped and added again.
 */
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
        if (existing.get().generatedAs() != null || wanted.generatedAs() != null) {
          // no database alters what a column is computed from (PostgreSQL 15 cannot): it is made again,
          // which loses nothing the database cannot compute again
          plan.add(Phase.ALTER_COLUMNS, new DropColumn(target.name(), existing.get()));
          plan.add(Phase.ALTER_COLUMNS, new AddColumn(target.name(), wanted));
        } else {
          plan.add(Phase.ALTER_COLUMNS, new AlterColumn(target.name(), existing.get(), wanted));
        }
      }
    }
    for (ColumnDef had : current.columns()) {
      if (target.column(had.name()).isEmpty()) {
        plan.add(Phase.DROP_COLUMNS, new DropColumn(current.name(), had));
      }
    }
  }
}
