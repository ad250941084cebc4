package dev.retort.engine.schema;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * A schema's tables in order, immutable, with a lookup by name: comparing thousands of tables looks each up
 * several times, which a scan of the list made quadratic.
 */
final class TableList extends AbstractList<TableDef> implements RandomAccess {
  private final List<TableDef> tables;
  private final Map<String, TableDef> byName;

  private TableList(List<TableDef> tables, Map<String, TableDef> byName) {
    this.tables = tables;
    this.byName = byName;
  }

  /** The tables, refused when two share a name. */
  static TableList of(List<TableDef> tables) {
    if (tables instanceof TableList already) {
      return already;
    }
    List<TableDef> copy = List.copyOf(tables);
    Map<String, TableDef> byName = new HashMap<>(copy.size() * 2);
    for (TableDef table : copy) {
      if (byName.putIfAbsent(table.name(), table) != null) {
        throw new IllegalArgumentException("schema repeats table " + table.name());
      }
    }
    return new TableList(copy, byName);
  }

  TableDef byName(String name) {
    return byName.get(name);
  }

  @Override
  public TableDef get(int index) {
    return tables.get(index);
  }

  @Override
  public int size() {
    return tables.size();
  }
}
