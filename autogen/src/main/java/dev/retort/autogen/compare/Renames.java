package dev.retort.autogen.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renames the user confirmed: tables by their old name, columns by their table's old name and old column
 * name. The comparator turns them into rename operations instead of drop and add, so data is kept.
 *
 * @param tables old table name to new
 * @param columns {@code table.column} (old names) to the new column name
 */
public record Renames(Map<String, String> tables, Map<String, String> columns) {
  public static final Renames NONE = new Renames(Map.of(), Map.of());

  public Renames {
    tables = Map.copyOf(tables);
    columns = Map.copyOf(columns);
  }

  public Renames withTable(String from, String to) {
    Map<String, String> copy = new LinkedHashMap<>(tables);
    copy.put(Objects.requireNonNull(from), Objects.requireNonNull(to));
    return new Renames(copy, columns);
  }

  public Renames withColumn(String table, String from, String to) {
    Map<String, String> copy = new LinkedHashMap<>(columns);
    copy.put(table + "." + from, to);
    return new Renames(tables, copy);
  }

  public Renames with(RenameCandidate candidate) {
    return candidate.table() == null
        ? withTable(candidate.from(), candidate.to())
        : withColumn(candidate.table(), candidate.from(), candidate.to());
  }

  public boolean isEmpty() {
    return tables.isEmpty() && columns.isEmpty();
  }

  /** Column renames as (old table, old column, new column) triples, sorted. */
  List<String[]> columnRenames() {
    return columns.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> {
      int dot = e.getKey().lastIndexOf('.');
      return new String[] {e.getKey().substring(0, dot), e.getKey().substring(dot + 1), e.getValue()};
    }).toList();
  }
}
