package dev.retort.autogen.compare;

import dev.retort.engine.dialect.ForeignKeyIndexes;
import dev.retort.engine.op.AddForeignKey;
import dev.retort.engine.op.DropForeignKey;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.ForeignKeyDef;
import dev.retort.engine.schema.TableDef;
import dev.retort.engine.schema.IndexDef;
import dev.retort.engine.schema.UniqueDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A foreign key that stays is dropped before a change it would stand in the way of, and added again after
 * it: when its columns change type, on either side (MariaDB refuses to retype a column a key uses), and,
 * where the database needs an index under every key (InnoDB), when a primary key, unique constraint or
 * index that serves it (its leading columns are the key's) comes or goes: InnoDB uses such an index for the
 * key and refuses to drop it, and a key added again brings an index of its own where it needs one. Coming
 * counts too, so that the downgrade, which drops it, is safe. H2 takes over a plain index that exists when a
 * key is made (a schema its own scripts built) and refuses to drop it after, so a key goes around a plain
 * index that goes and could serve it. PostgreSQL needs no such index, and its keys are left standing.
 */
final class KeysAroundChanges {
  private KeysAroundChanges() {}

  static void around(Map<String, TableDef> wanted, Map<String, TableDef> had, ForeignKeyIndexes keyIndexes,
      Plan plan) {
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
    for (TableDef table : wanted.values()) {
      TableDef existing = had.get(table.name());
      if (existing == null) {
        continue;
      }
      // an index exactly under a key both sides have stays where keys need indexes (ConstraintComparator)
      Set<List<String>> staying = new HashSet<>();
      if (keyIndexes != ForeignKeyIndexes.NONE) {
        existing.indexes().stream().filter(i -> ConstraintComparator.staysUnderForeignKey(i, table, existing))
            .forEach(i -> staying.add(i.columns()));
      }
      List<List<String>> changed = new ArrayList<>();
      if (keyIndexes == ForeignKeyIndexes.REQUIRED) {
        changed.addAll(missing(table, existing, Set.of()));
        changed.addAll(missing(existing, table, staying));
      } else if (keyIndexes == ForeignKeyIndexes.ADOPTED) {
        // only a plain index that goes may be one a key took over
        changed.addAll(goingIndexes(existing, table, staying));
      }
      for (ForeignKeyDef key : table.foreignKeys()) {
        String wantedKey = ConstraintComparator.key(key);
        ForeignKeyDef kept = existing.foreignKeys().stream()
            .filter(k -> ConstraintComparator.key(k).equals(wantedKey)).findFirst().orElse(null);
        // the key as the database has it: its columns in the order the index under it must start with
        boolean served = kept != null && changed.stream().anyMatch(columns -> startsWith(columns, kept.columns()));
        if (kept != null && (served || uses(retyped, table.name(), key.columns())
            || uses(retyped, key.referencedTable(), key.referencedColumns()))) {
          plan.add(Phase.DROP_FOREIGN_KEYS, new DropForeignKey(existing.name(), kept));
          // added back under the name the catalog has, so that nothing but the order changes
          plan.add(Phase.ADD_FOREIGN_KEYS, new AddForeignKey(table.name(), kept));
        }
      }
    }
  }

  /** The columns of each primary key, unique constraint and index {@code table} has and {@code other} lacks. */
  private static List<List<String>> missing(TableDef table, TableDef other, Set<List<String>> staying) {
    List<List<String>> missing = new ArrayList<>();
    if (table.primaryKey() != null && (other.primaryKey() == null
        || !sorted(other.primaryKey().columns()).equals(sorted(table.primaryKey().columns())))) {
      missing.add(table.primaryKey().columns());
    }
    Set<List<String>> present = new HashSet<>();
    Set<List<String>> presentUniques = new HashSet<>();
    other.uniques().forEach(u -> presentUniques.add(sorted(u.columns())));
    other.indexes().forEach(i -> present.add(i.columns()));
    other.indexes().stream().filter(IndexDef::unique).forEach(i -> presentUniques.add(sorted(i.columns())));
    table.uniques().stream().map(UniqueDef::columns).filter(c -> !presentUniques.contains(sorted(c)))
        .forEach(missing::add);
    table.indexes().stream()
        .filter(i -> !(staying.contains(i.columns()) && !i.unique() && i.descending().isEmpty()))
        .map(IndexDef::columns).filter(c -> !present.contains(c)).forEach(missing::add);
    return missing;
  }

  /** The columns of each plain index {@code existing} has, {@code target} lacks and that does not stay. */
  private static List<List<String>> goingIndexes(TableDef existing, TableDef target, Set<List<String>> staying) {
    Set<List<String>> wanted = new HashSet<>();
    target.indexes().forEach(i -> wanted.add(i.columns()));
    return existing.indexes().stream().filter(i -> !i.unique() && !wanted.contains(i.columns()))
        .filter(i -> !staying.contains(i.columns())).map(IndexDef::columns).toList();
  }

  private static List<String> sorted(List<String> columns) {
    return columns.stream().sorted().toList();
  }

  private static boolean startsWith(List<String> columns, List<String> prefix) {
    return columns.size() >= prefix.size() && columns.subList(0, prefix.size()).equals(prefix);
  }

  private static boolean uses(Set<String> retyped, String table, List<String> columns) {
    if (retyped.isEmpty()) {
      return false; // most runs retype nothing
    }
    return columns.stream().anyMatch(c -> retyped.contains(column(table, c)));
  }

  private static String column(String table, String column) {
    return table + "\u0000" + column;
  }
}
