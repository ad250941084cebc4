package dev.retort.autogen.introspect;

import dev.retort.engine.schema.CheckDef;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.ColumnType;
import dev.retort.engine.schema.ForeignKeyDef;
import dev.retort.engine.schema.IndexDef;
import dev.retort.engine.schema.PrimaryKeyDef;
import dev.retort.engine.schema.ReferentialAction;
import dev.retort.engine.schema.TableDef;
import dev.retort.engine.schema.TypeKind;
import dev.retort.engine.schema.UniqueDef;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * One table's catalog rows, gathered in any order and built into a {@link TableDef} with columns by
 * position, key columns by key position and constraints and indexes by name.
 */
final class TableAssembly {
  private final String name;
  private final Map<Integer, ColumnDef> columns = new TreeMap<>();
  private Key primaryKey;
  private final Map<String, Key> uniques = new TreeMap<>();
  private final Map<String, Key> indexes = new TreeMap<>();
  private final Map<String, Key> foreignKeys = new TreeMap<>();
  private final Map<String, String> checks = new TreeMap<>();
  private final java.util.Set<String> columnChecks = new java.util.HashSet<>();

  TableAssembly(String name) {
    this.name = name;
  }

  String name() {
    return name;
  }

  private String comment;

  void comment(String text) {
    comment = text;
  }

  void column(int position, ColumnDef column) {
    columns.put(position, column);
  }

  boolean hasColumn(String columnName) {
    return columns.values().stream().anyMatch(c -> c.name().equals(columnName));
  }

  /** A primary key column; {@code constraintName} is null where the database has no name for it. */
  void primaryKeyColumn(String constraintName, int position, String column) {
    if (primaryKey == null) {
      primaryKey = new Key(constraintName, false, null, null);
    }
    primaryKey.columns.put(position, column);
  }

  void uniqueColumn(String constraintName, int position, String column) {
    uniques.computeIfAbsent(constraintName, n -> new Key(n, true, null, null)).columns.put(position, column);
  }

  boolean hasUnique(String constraintName) {
    return uniques.containsKey(constraintName);
  }

  void indexColumn(String indexName, boolean unique, int position, String column) {
    indexColumn(indexName, unique, position, column, false);
  }

  void indexColumn(String indexName, boolean unique, int position, String column, boolean descending) {
    indexColumn(indexName, unique, position, column, descending, null);
  }

  /** {@code prefixLength}: the characters of the column the index holds, or null for all of them. */
  void indexColumn(String indexName, boolean unique, int position, String column, boolean descending,
      Integer prefixLength) {
    Key key = indexes.computeIfAbsent(indexName, n -> new Key(n, unique, null, null));
    key.columns.put(position, column);
    if (descending) {
      key.descending.add(column);
    }
    if (prefixLength != null) {
      key.prefixes.put(column, prefixLength);
    }
  }

  void foreignKeyColumn(String constraintName, int position, String column, String referencedTable,
      String referencedColumn, ReferentialAction onDelete) {
    Key key = foreignKeys.computeIfAbsent(
        constraintName, n -> new Key(n, false, referencedTable, onDelete));
    key.columns.put(position, column);
    key.referencedColumns.put(position, referencedColumn);
  }

  void check(String constraintName, String expression) {
    checks.put(constraintName, expression);
  }

  /** The check is kept in the definition of the column of its name (MariaDB's column-level checks). */
  void keepInColumn(String constraintName) {
    columnChecks.add(constraintName);
  }

  private CheckDef checkDef(String constraintName, String expression) {
    CheckDef check = new CheckDef(constraintName, expression);
    if (!columnChecks.contains(constraintName)) {
      return check;
    }
    return columns.values().stream().filter(c -> c.name().equals(constraintName)).findFirst()
        .map(check::inColumn).orElse(check);
  }

  /**
   * A JSON column that MariaDB stores as {@code longtext} with a check it made itself, {@code
   * json_valid(`column`)}, named after the column: the column becomes JSON and the check goes.
   */
  void foldJsonChecks(UnaryOperator<String> quote) {
    columns.replaceAll((position, column) -> {
      boolean json = column.type().kind() == TypeKind.TEXT
          && ("json_valid(" + quote.apply(column.name()) + ")").equals(checks.get(column.name()));
      if (!json) {
        return column;
      }
      checks.remove(column.name());
      return column.withType(ColumnType.of(TypeKind.JSON));
    });
  }

  List<ForeignKeyDef> foreignKeys() {
    return foreignKeys.values().stream()
        .map(k -> new ForeignKeyDef(
            k.name, k.columnList(), k.referencedTable, List.copyOf(k.referencedColumns.values()), k.onDelete))
        .toList();
  }

  List<IndexDef> indexes() {
    return indexes.values().stream()
        .map(k -> new IndexDef(k.name, k.columnList(), k.unique, List.copyOf(k.descending), k.prefixes)).toList();
  }

  /** Drops the indexes a database created behind its own constraints. */
  void removeIndexesIf(Predicate<IndexDef> isImplicit) {
    indexes().stream().filter(isImplicit).forEach(index -> indexes.remove(index.name()));
  }

  /** The table; an assembly exists only once a column row created it, so it has columns. */
  TableDef build() {
    return new TableDef(
        name,
        List.copyOf(columns.values()),
        primaryKey == null ? null : new PrimaryKeyDef(primaryKey.name, primaryKey.columnList()),
        uniques.values().stream().map(k -> new UniqueDef(k.name, k.columnList())).toList(),
        indexes(),
        foreignKeys(),
        checks.entrySet().stream().map(e -> checkDef(e.getKey(), e.getValue())).toList(),
        comment);
  }

  /** A key, constraint or index under construction: columns keyed by their position in it. */
  private static final class Key {
    final String name;
    final boolean unique;
    final String referencedTable;
    final ReferentialAction onDelete;
    final Map<Integer, String> columns = new TreeMap<>();
    final Map<Integer, String> referencedColumns = new TreeMap<>();
    final List<String> descending = new java.util.ArrayList<>();
    final Map<String, Integer> prefixes = new java.util.HashMap<>();

    Key(String name, boolean unique, String referencedTable, ReferentialAction onDelete) {
      this.name = name;
      this.unique = unique;
      this.referencedTable = referencedTable;
      this.onDelete = onDelete;
    }

    List<String> columnList() {
      return List.copyOf(columns.values());
    }
  }
}
