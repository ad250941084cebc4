package dev.retort.autogen.compare;

import dev.retort.engine.op.RenameColumn;
import dev.retort.engine.op.RenameTable;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renames first: confirmed renames become rename operations applied to the current schema before the rest
 * is compared; unconfirmed look-alikes are reported as candidates, never guessed.
 */
final class RenameComparator {
  private RenameComparator() {}

  /**
   * Applies the confirmed renames to {@code current}, recording the operations in {@code plan}; one that
   * names what is not there is recorded as refused, with the reason.
   */
  static SchemaModel apply(Renames renames, SchemaModel target, SchemaModel current, Plan plan) {
    SchemaModel renamed = current;
    for (Map.Entry<String, String> rename : new TreeMap<>(renames.tables()).entrySet()) {
      String from = rename.getKey();
      String to = rename.getValue();
      String refused = renamed.table(from).isEmpty() ? "the database has no table " + from
          : target.table(to).isEmpty() ? "the entities have no table " + to
          : renamed.table(to).isPresent() ? "the database has a table " + to + " already" : null;
      if (refused != null) {
        plan.refuse(new RefusedRename(from + "=" + to, refused));
        continue;
      }
      SchemaOp op = new RenameTable(from, to);
      plan.add(Phase.RENAMES, op);
      renamed = op.applyTo(renamed);
    }
    for (String[] rename : renames.columnRenames()) {
      String table = renames.tables().getOrDefault(rename[0], rename[0]);
      String refused = refusedColumn(table, rename[1], rename[2], renamed, target);
      if (refused != null) {
        plan.refuse(new RefusedRename(rename[0] + "." + rename[1] + "=" + rename[2], refused));
        continue;
      }
      SchemaOp op = new RenameColumn(table, rename[1], rename[2]);
      plan.add(Phase.RENAMES, op);
      renamed = op.applyTo(renamed);
    }
    return renamed;
  }

  /** Why column {@code from} of {@code table} cannot become {@code to}, or null when it can. */
  private static String refusedColumn(String table, String from, String to, SchemaModel current,
      SchemaModel target) {
    TableDef had = current.table(table).orElse(null);
    TableDef wanted = target.table(table).orElse(null);
    if (had == null) {
      return "the database has no table " + table;
    }
    if (wanted == null) {
      return "the entities have no table " + table;
    }
    if (had.column(from).isEmpty()) {
      return "table " + table + " in the database has no column " + from;
    }
    if (wanted.column(to).isEmpty()) {
      return "table " + table + " in the entities has no column " + to;
    }
    if (had.column(to).isPresent()) {
      return "table " + table + " in the database has a column " + to + " already";
    }
    return null;
  }

  /** Look-alikes among what would be dropped and added. */
  static List<RenameCandidate> candidates(SchemaModel target, SchemaModel current) {
    List<RenameCandidate> found = new ArrayList<>();
    for (TableDef wanted : target.tables()) {
      current.table(wanted.name()).ifPresent(had -> columnCandidate(wanted, had, found));
    }
    List<TableDef> gone = current.tables().stream().filter(t -> target.table(t.name()).isEmpty()).toList();
    List<TableDef> added = target.tables().stream().filter(t -> current.table(t.name()).isEmpty()).toList();
    for (TableDef old : gone) {
      List<TableDef> same = added.stream().filter(t -> shape(t).equals(shape(old))).toList();
      if (same.size() == 1) {
        found.add(new RenameCandidate(null, old.name(), same.get(0).name()));
      }
    }
    return found;
  }

  /**
   * A column dropped and one added of the same kind of type, where that kind has exactly one of each: among
   * several drops and adds, {@code summary} (varchar) and {@code height_mm} (integer) going while {@code blurb}
   * (varchar) comes make one candidate. Where a kind has more than one of either, nothing is guessed.
   */
  private static void columnCandidate(TableDef wanted, TableDef had, List<RenameCandidate> found) {
    List<ColumnDef> added = wanted.columns().stream().filter(c -> had.column(c.name()).isEmpty()).toList();
    List<ColumnDef> dropped = had.columns().stream().filter(c -> wanted.column(c.name()).isEmpty()).toList();
    for (ColumnDef old : dropped) {
      List<ColumnDef> sameKind = added.stream().filter(c -> c.type().kind() == old.type().kind()).toList();
      long droppedOfKind = dropped.stream().filter(c -> c.type().kind() == old.type().kind()).count();
      if (sameKind.size() == 1 && droppedOfKind == 1) {
        found.add(new RenameCandidate(had.name(), old.name(), sameKind.get(0).name()));
      }
    }
  }

  /** Column names and types in order: what makes two tables look like one renamed. */
  private static List<String> shape(TableDef table) {
    return table.columns().stream().map(c -> c.name() + " " + c.type().describe()).toList();
  }
}
