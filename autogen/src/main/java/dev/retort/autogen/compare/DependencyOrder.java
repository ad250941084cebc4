package dev.retort.autogen.compare;

import dev.retort.engine.schema.ForeignKeyDef;
import dev.retort.engine.schema.TableDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Orders a set of tables so that every table comes after the tables its foreign keys reference (Kahn's
 * algorithm, names breaking ties; iterative, so chains of any length work). When a cycle blocks the way,
 * the first remaining table by name goes next and its foreign keys to tables not yet placed are split off
 * to be added after all tables exist. Self-references stay inline.
 */
final class DependencyOrder {
  /**
   * @param tables the tables in dependency order, without the split-off keys
   * @param deferred split-off foreign keys, by table name
   */
  record Result(List<TableDef> tables, Map<String, List<ForeignKeyDef>> deferred) {}

  private DependencyOrder() {}

  static Result of(List<TableDef> tables) {
    Map<String, TableDef> byName = new TreeMap<>();
    tables.forEach(t -> byName.put(t.name(), t));
    Map<String, Set<String>> waitingOn = new HashMap<>();
    Map<String, List<String>> dependents = new HashMap<>();
    for (TableDef table : byName.values()) {
      Set<String> needs = new HashSet<>();
      for (ForeignKeyDef fk : table.foreignKeys()) {
        String target = fk.referencedTable();
        if (!target.equals(table.name()) && byName.containsKey(target) && needs.add(target)) {
          dependents.computeIfAbsent(target, k -> new ArrayList<>()).add(table.name());
        }
      }
      waitingOn.put(table.name(), needs);
    }
    TreeSet<String> ready = new TreeSet<>();
    waitingOn.forEach((name, needs) -> {
      if (needs.isEmpty()) {
        ready.add(name);
      }
    });
    TreeSet<String> remaining = new TreeSet<>(byName.keySet());
    Set<String> placed = new HashSet<>();
    List<TableDef> ordered = new ArrayList<>();
    Map<String, List<ForeignKeyDef>> deferred = new TreeMap<>();
    while (!remaining.isEmpty()) {
      String next = ready.isEmpty() ? remaining.first() : ready.pollFirst();
      remaining.remove(next);
      placed.add(next);
      ordered.add(split(byName.get(next), placed, byName, deferred));
      for (String dependent : dependents.getOrDefault(next, List.of())) {
        Set<String> needs = waitingOn.get(dependent);
        if (needs.remove(next) && needs.isEmpty() && remaining.contains(dependent)) {
          ready.add(dependent);
        }
      }
    }
    return new Result(ordered, deferred);
  }

  private static TableDef split(TableDef table, Set<String> placed, Map<String, TableDef> byName,
      Map<String, List<ForeignKeyDef>> deferred) {
    List<ForeignKeyDef> inline = new ArrayList<>();
    for (ForeignKeyDef fk : table.foreignKeys()) {
      String target = fk.referencedTable();
      if (target.equals(table.name()) || !byName.containsKey(target) || placed.contains(target)) {
        inline.add(fk);
      } else {
        deferred.computeIfAbsent(table.name(), k -> new ArrayList<>()).add(fk);
      }
    }
    return inline.size() == table.foreignKeys().size() ? table : table.withForeignKeys(inline);
  }
}
