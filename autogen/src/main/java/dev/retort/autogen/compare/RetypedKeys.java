package dev.retort.autogen.compare;

import dev.retort.engine.op.AddForeignKey;
import dev.retort.engine.op.DropForeignKey;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.ForeignKeyDef;
import dev.retort.engine.schema.TableDef;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A foreign key that stays but whose columns change type, on either side, is dropped before the change and
 * added again after it: MariaDB refuses to retype a column a key uses, and the others check the key again
 * when it comes back, so no database is left with a key between columns of different types.
 */
final class RetypedKeys {
  private RetypedKeys() {}

  static void around(Map<String, TableDef> wanted, Map<String, TableDef> had, Plan plan) {
    Set<String> retyped = new HashSet<>();
    for (TableDef table : wanted.values()) {
      TableDef existing = had.get(table.name());
      if (existing != null) {
        for (ColumnDef column : table.columns()) {
          existing.column(column.name()).filter(c -> !c.type().equals(column.type()))
              .ifPresent(c -> retyped.add(column(table.name(), c.name())));
        }
      }
    }
    if (retyped.isEmpty()) {
      return;
    }
    for (TableDef table : wanted.values()) {
      TableDef existing = had.get(table.name());
      if (existing == null) {
        continue;
      }
      for (ForeignKeyDef key : table.foreignKeys()) {
        ForeignKeyDef kept = existing.foreignKeys().stream()
            .filter(k -> ConstraintComparator.key(k).equals(ConstraintComparator.key(key))).findFirst().orElse(null);
        if (kept != null && (uses(retyped, table.name(), key.columns())
            || uses(retyped, key.referencedTable(), key.referencedColumns()))) {
          plan.add(Phase.DROP_FOREIGN_KEYS, new DropForeignKey(existing.name(), kept));
          plan.add(Phase.ADD_FOREIGN_KEYS, new AddForeignKey(table.name(), key));
        }
      }
    }
  }

  private static boolean uses(Set<String> retyped, String table, List<String> columns) {
    return columns.stream().anyMatch(c -> retyped.contains(column(table, c)));
  }

  private static String column(String table, String column) {
    return table + "\u0000" + column;
  }
}
