package dev.retort.engine.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A table with everything defined on it.
 *
 * @param name canonical table name
 * @param columns columns in table order
 * @param primaryKey the primary key, or null
 * @param uniques unique constraints
 * @param indexes indexes (not those a database creates behind keys and constraints)
 * @param foreignKeys foreign keys
 * @param checks CHECK constraints
 * @param comment the table's comment, or null for none
 */
public record TableDef(
    String name,
    List<ColumnDef> columns,
    PrimaryKeyDef primaryKey,
    List<UniqueDef> uniques,
    List<IndexDef> indexes,
    List<ForeignKeyDef> foreignKeys,
    List<CheckDef> checks,
    String comment) {

  public TableDef {
    Names.require(name, "table name");
    columns = List.copyOf(columns);
    uniques = List.copyOf(uniques);
    indexes = List.copyOf(indexes);
    foreignKeys = List.copyOf(foreignKeys);
    checks = List.copyOf(checks);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("table " + name + " has no columns");
    }
    Set<String> names = new HashSet<>();
    for (ColumnDef column : columns) {
      if (!names.add(column.name())) {
        throw new IllegalArgumentException("table " + name + " repeats column " + column.name());
      }
    }
    if (primaryKey != null) {
      requireColumns(name, names, primaryKey.columns(), "primary key", "");
    }
    for (UniqueDef unique : uniques) {
      requireColumns(name, names, unique.columns(), "unique constraint ", unique.name());
    }
    for (IndexDef index : indexes) {
      requireColumns(name, names, index.columns(), "index ", index.name());
    }
    for (ForeignKeyDef foreignKey : foreignKeys) {
      requireColumns(name, names, foreignKey.columns(), "foreign key ", foreignKey.name());
    }
  }

  /** A table without checks. */
  public TableDef(String name, List<ColumnDef> columns, PrimaryKeyDef primaryKey, List<UniqueDef> uniques,
      List<IndexDef> indexes, List<ForeignKeyDef> foreignKeys, String comment) {
    this(name, columns, primaryKey, uniques, indexes, foreignKeys, List.of(), comment);
  }

  /** A table without checks and comment. */
  public TableDef(String name, List<ColumnDef> columns, PrimaryKeyDef primaryKey, List<UniqueDef> uniques,
      List<IndexDef> indexes, List<ForeignKeyDef> foreignKeys) {
    this(name, columns, primaryKey, uniques, indexes, foreignKeys, List.of(), null);
  }

  /** The message is put together only on failure: schemas of thousands of tables build many of these. */
  private static void requireColumns(String table, Set<String> names, List<String> used, String kind,
      String element) {
    for (String column : used) {
      if (!names.contains(column)) {
        throw new IllegalArgumentException(kind + element + " on " + table + " names unknown column " + column);
      }
    }
  }

  /** Builds a table from a mixed list of elements, as the migration DSL writes them. */
  public static TableDef of(String name, List<? extends TableElement> elements) {
    List<ColumnDef> columns = new ArrayList<>();
    PrimaryKeyDef primaryKey = null;
    List<UniqueDef> uniques = new ArrayList<>();
    List<IndexDef> indexes = new ArrayList<>();
    List<ForeignKeyDef> foreignKeys = new ArrayList<>();
    List<CheckDef> checks = new ArrayList<>();
    String comment = null;
    for (TableElement element : elements) {
      if (element instanceof ColumnDef c) {
        columns.add(c);
      } else if (element instanceof PrimaryKeyDef p) {
        if (primaryKey != null) {
          throw new IllegalArgumentException("table " + name + " has two primary keys");
        }
        primaryKey = p;
      } else if (element instanceof UniqueDef u) {
        uniques.add(u);
      } else if (element instanceof IndexDef i) {
        indexes.add(i);
      } else if (element instanceof ForeignKeyDef f) {
        foreignKeys.add(f);
      } else if (element instanceof CheckDef c) {
        checks.add(c);
      } else if (element instanceof TableComment c) {
        comment = c.text();
      }
    }
    return new TableDef(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment);
  }

  /** The elements in DSL order: columns, primary key, uniques, foreign keys, checks, indexes, comment. */
  public List<TableElement> elements() {
    List<TableElement> all = new ArrayList<>(columns);
    if (primaryKey != null) {
      all.add(primaryKey);
    }
    all.addAll(uniques);
    all.addAll(foreignKeys);
    all.addAll(checks);
    all.addAll(indexes);
    if (comment != null) {
      all.add(new TableComment(comment));
    }
    return all;
  }

  public Optional<ColumnDef> column(String columnName) {
    // by index: comparing two schemas asks this of every column, and an iterator each time adds up
    for (int i = 0; i < columns.size(); i++) {
      ColumnDef column = columns.get(i);
      if (column.name().equals(columnName)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  public TableDef withComment(String text) {
    return new TableDef(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, text);
  }

  public TableDef withName(String newName) {
    return new TableDef(newName, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment);
  }

  public TableDef withColumns(List<ColumnDef> newColumns) {
    return new TableDef(name, newColumns, primaryKey, uniques, indexes, foreignKeys, checks, comment);
  }

  public TableDef withPrimaryKey(PrimaryKeyDef key) {
    return new TableDef(name, columns, key, uniques, indexes, foreignKeys, checks, comment);
  }

  public TableDef withUniques(List<UniqueDef> newUniques) {
    return new TableDef(name, columns, primaryKey, newUniques, indexes, foreignKeys, checks, comment);
  }

  public TableDef withIndexes(List<IndexDef> newIndexes) {
    return new TableDef(name, columns, primaryKey, uniques, newIndexes, foreignKeys, checks, comment);
  }

  public TableDef withChecks(List<CheckDef> newChecks) {
    return new TableDef(name, columns, primaryKey, uniques, indexes, foreignKeys, newChecks, comment);
  }

  public TableDef withForeignKeys(List<ForeignKeyDef> newForeignKeys) {
    return new TableDef(name, columns, primaryKey, uniques, indexes, newForeignKeys, checks, comment);
  }

  /** This table with every element that names {@code column} rewritten by {@code rename}. */
  public TableDef mapColumnNames(UnaryOperator<String> rename) {
    return new TableDef(
        name,
        columns.stream().map(c -> c.withName(rename.apply(c.name()))).toList(),
        primaryKey == null ? null : new PrimaryKeyDef(primaryKey.name(), map(primaryKey.columns(), rename)),
        uniques.stream().map(u -> new UniqueDef(u.name(), map(u.columns(), rename))).toList(),
        indexes.stream()
            .map(i -> new IndexDef(i.name(), map(i.columns(), rename), i.unique(), map(i.descending(), rename),
                renameKeys(i.prefixLengths(), rename)))
            .toList(),
        foreignKeys.stream()
            .map(f -> new ForeignKeyDef(
                f.name(), map(f.columns(), rename), f.referencedTable(), f.referencedColumns(), f.onDelete()))
            .toList(),
        checks,
        comment);
  }

  private static java.util.Map<String, Integer> renameKeys(java.util.Map<String, Integer> byColumn,
      UnaryOperator<String> rename) {
    java.util.Map<String, Integer> renamed = new java.util.LinkedHashMap<>();
    byColumn.forEach((column, value) -> renamed.put(rename.apply(column), value));
    return renamed;
  }

  private static List<String> map(List<String> names, UnaryOperator<String> rename) {
    return names.stream().map(rename).toList();
  }
}
