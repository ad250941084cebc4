package dev.retort.engine.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A database schema as a list of tables, in the order the producer gave them. Immutable; the {@code with}
 * methods return changed copies.
 */
public record SchemaModel(List<TableDef> tables) {

  public static final SchemaModel EMPTY = new SchemaModel(List.of());

  public SchemaModel {
    tables = List.copyOf(tables);
    Set<String> names = new HashSet<>();
    for (TableDef table : tables) {
      if (!names.add(table.name())) {
        throw new IllegalArgumentException("schema repeats table " + table.name());
      }
    }
  }

  public Optional<TableDef> table(String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** The named table, or an exception naming it: for callers that know it must exist. */
  public TableDef requireTable(String name) {
    return table(name).orElseThrow(() -> new IllegalStateException("no table " + name + " in the schema"));
  }

  public SchemaModel withTable(TableDef table) {
    if (table(table.name()).isPresent()) {
      throw new IllegalStateException("table " + table.name() + " already exists");
    }
    List<TableDef> copy = new ArrayList<>(tables);
    copy.add(table);
    return new SchemaModel(copy);
  }

  public SchemaModel withoutTable(String name) {
    requireTable(name);
    return new SchemaModel(tables.stream().filter(t -> !t.name().equals(name)).toList());
  }

  /** Replaces the table called {@code name} (which may be renamed by the replacement) in place. */
  public SchemaModel replaceTable(String name, TableDef replacement) {
    requireTable(name);
    return new SchemaModel(tables.stream().map(t -> t.name().equals(name) ? replacement : t).toList());
  }
}
