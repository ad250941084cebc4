package dev.retort.autogen.compare;

import dev.retort.engine.op.AddCheck;
import dev.retort.engine.op.AddForeignKey;
import dev.retort.engine.op.AddPrimaryKey;
import dev.retort.engine.op.AddUnique;
import dev.retort.engine.op.CreateIndex;
import dev.retort.engine.op.DropCheck;
import dev.retort.engine.op.DropForeignKey;
import dev.retort.engine.op.DropIndex;
import dev.retort.engine.op.DropPrimaryKey;
import dev.retort.engine.op.DropUnique;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.schema.CheckDef;
import dev.retort.engine.schema.ForeignKeyDef;
import dev.retort.engine.schema.IndexDef;
import dev.retort.engine.schema.PrimaryKeyDef;
import dev.retort.engine.schema.TableDef;
import dev.retort.engine.schema.UniqueDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Keys, unique constraints and indexes of a table both sides have, matched by meaning: a primary key by its
 * set of columns, a unique constraint or unique index by its set of columns (the two are the same thing), an
 * index by its columns in order and their sort order, a foreign key by its column pairs, target and delete
 * action, a CHECK constraint by its expression as
 * the database spells it. Names never make a difference.
 */
final class ConstraintComparator {
  private static final String SEPARATOR = "\u0000";

  private ConstraintComparator() {}

  static void compare(TableDef target, TableDef current, CheckMeaning meaning, boolean keysNeedIndexes,
      Plan plan) {
    comparePrimaryKeys(target, current, plan);
    compareUniquesAndIndexes(target, current, keysNeedIndexes, plan);
    compareForeignKeys(target, current, plan);
    compareChecks(target, current, meaning, plan);
  }

  private static void compareChecks(TableDef target, TableDef current, CheckMeaning meaning, Plan plan) {
    for (CheckDef stored : current.checks()) {
      if (redefined(stored, target, current)
          || target.checks().stream().noneMatch(wanted -> meaning.means(target.name(), wanted, stored))) {
        plan.add(Phase.DROP_CONSTRAINTS, new DropCheck(current.name(), stored));
      }
    }
    for (CheckDef wanted : target.checks()) {
      if (current.checks().stream().noneMatch(stored -> !redefined(stored, target, current)
          && meaning.means(target.name(), wanted, stored))) {
        plan.add(Phase.ADD_CONSTRAINTS, new AddCheck(target.name(), wanted));
      }
    }
  }

  /**
   * Whether a check kept in a column's definition goes with a change of that column: MariaDB drops it when
   * the column is redefined, so it is dropped first and added back as a table constraint after.
   */
  private static boolean redefined(CheckDef stored, TableDef target, TableDef current) {
    if (stored.inColumn() == null) {
      return false;
    }
    String column = stored.inColumn().name();
    return !target.column(column).equals(current.column(column));
  }

  private static void comparePrimaryKeys(TableDef target, TableDef current, Plan plan) {
    PrimaryKeyDef wanted = target.primaryKey();
    PrimaryKeyDef had = current.primaryKey();
    if (Objects.equals(wanted == null ? null : set(wanted.columns()), had == null ? null : set(had.columns()))) {
      return;
    }
    if (had != null) {
      plan.add(Phase.DROP_CONSTRAINTS, new DropPrimaryKey(current.name(), had));
    }
    if (wanted != null) {
      plan.add(Phase.ADD_PRIMARY_KEYS, new AddPrimaryKey(target.name(), wanted));
    }
  }

  /** An element with the key that matches it across the two sides. */
  private record Keyed(String key, SchemaOp add, SchemaOp drop) {}

  private static List<Keyed> keyed(TableDef table) {
    List<Keyed> all = new ArrayList<>();
    for (UniqueDef u : table.uniques()) {
      all.add(new Keyed("U" + key(set(u.columns())) + ">", new AddUnique(table.name(), u),
          new DropUnique(table.name(), u)));
    }
    for (IndexDef i : table.indexes()) {
      // a unique index that sorts a column down or holds a prefix is an index of its own, not a constraint's twin
      boolean plainUnique = i.unique() && i.descending().isEmpty() && i.prefixLengths().isEmpty();
      String meaning = plainUnique ? "U" + key(set(i.columns())) + ">"
          : (i.unique() ? "V" : "I") + key(i.columns()) + ">" + key(i.descending()) + ">" + i.prefixLengths();
      all.add(new Keyed(meaning, new CreateIndex(table.name(), i),
          new DropIndex(table.name(), i)));
    }
    return all;
  }

  private static void compareUniquesAndIndexes(TableDef target, TableDef current, boolean keysNeedIndexes,
      Plan plan) {
    List<Keyed> wanted = keyed(target);
    List<Keyed> had = keyed(current);
    Set<String> wantedKeys = new HashSet<>(wanted.stream().map(Keyed::key).toList());
    Set<String> present = new HashSet<>(had.stream().map(Keyed::key).toList());
    for (Keyed h : had) {
      if (!wantedKeys.contains(h.key()) && !(keysNeedIndexes && underForeignKey(h.drop(), target, current))) {
        plan.add(Phase.DROP_CONSTRAINTS, h.drop());
      }
    }
    for (Keyed w : wanted) {
      if (present.add(w.key())) {
        plan.add(Phase.ADD_CONSTRAINTS, w.add());
      }
    }
  }

  private static boolean underForeignKey(SchemaOp drop, TableDef target, TableDef current) {
    return drop instanceof DropIndex d && staysUnderForeignKey(d.index(), target, current);
  }

  /**
   * Whether an index the entities do not declare stays, where every key needs an index (InnoDB): it is
   * exactly on the columns of a foreign key both sides have, and nothing the entities want serves that key
   * instead. It is then the index the key would bring anyway, whatever its name; dropping it would only make
   * the key go and come back with one of its own.
   */
  static boolean staysUnderForeignKey(IndexDef index, TableDef target, TableDef current) {
    if (index.unique() || !index.descending().isEmpty() || !index.prefixLengths().isEmpty()) {
      return false;
    }
    Set<String> kept = new HashSet<>(target.foreignKeys().stream().map(ConstraintComparator::key).toList());
    return current.foreignKeys().stream().anyMatch(fk -> fk.columns().equals(index.columns())
        && kept.contains(key(fk)) && !servedInTarget(fk.columns(), target));
  }

  private static boolean servedInTarget(List<String> columns, TableDef target) {
    List<List<String>> serving = new ArrayList<>();
    if (target.primaryKey() != null) {
      serving.add(target.primaryKey().columns());
    }
    target.uniques().forEach(u -> serving.add(u.columns()));
    target.indexes().forEach(i -> serving.add(i.columns()));
    return serving.stream().anyMatch(s -> s.size() >= columns.size() && s.subList(0, columns.size()).equals(columns));
  }

  private static void compareForeignKeys(TableDef target, TableDef current, Plan plan) {
    Set<String> wantedKeys = new HashSet<>(target.foreignKeys().stream().map(ConstraintComparator::key).toList());
    Set<String> present = new HashSet<>();
    for (ForeignKeyDef fk : current.foreignKeys()) {
      present.add(key(fk));
      if (!wantedKeys.contains(key(fk))) {
        plan.add(Phase.DROP_FOREIGN_KEYS, new DropForeignKey(current.name(), fk));
      }
    }
    for (ForeignKeyDef fk : target.foreignKeys()) {
      if (present.add(key(fk))) {
        plan.add(Phase.ADD_FOREIGN_KEYS, new AddForeignKey(target.name(), fk));
      }
    }
  }

  /** A foreign key's meaning: its column pairs in any order, the table they point at, the delete action. */
  static String key(ForeignKeyDef fk) {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < fk.columns().size(); i++) {
      pairs.add(fk.columns().get(i) + "=" + fk.referencedColumns().get(i));
    }
    return key(set(pairs)) + ">" + fk.referencedTable() + SEPARATOR + fk.onDelete();
  }

  /**
   * Columns as a set, sorted: a primary key or unique constraint on {@code (a, b)} is the one on
   * {@code (b, a)}; only its index's order differs, and rebuilding a key for that alone is churn.
   */
  private static List<String> set(List<String> columns) {
    return columns.stream().sorted().toList();
  }

  private static String key(List<String> columns) {
    return String.join(SEPARATOR, columns);
  }
}
