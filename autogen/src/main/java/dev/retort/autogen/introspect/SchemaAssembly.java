package dev.retort.autogen.introspect;

import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.ReferentialAction;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.SequenceDef;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows of a few bulk catalog queries, gathered per table. Column rows create tables (those the filter
 * includes); constraint and index rows of any other table are dropped, so the queries may read the whole
 * schema. Sequences the filter includes are kept by name. All names given here are canonical.
 */
final class SchemaAssembly {
  private final TableFilter filter;
  private final String defaultSchema;
  private final Map<String, TableAssembly> tables = new TreeMap<>();
  private final Map<String, SequenceDef> sequences = new TreeMap<>();
  private final java.util.Set<String> schemas = new java.util.TreeSet<>();

  /** @param defaultSchema the connection's schema, whose tables are named without it; null where none */
  SchemaAssembly(TableFilter filter, String defaultSchema) {
    this.filter = filter;
    this.defaultSchema = defaultSchema;
  }

  /** The model's name of table or sequence {@code name} in schema {@code schema} (both canonical). */
  String qualify(String schema, String name) {
    return defaultSchema == null || schema == null || schema.equals(defaultSchema) ? name : schema + "." + name;
  }

  /** A named schema that exists. */
  void schema(String name) {
    schemas.add(name);
  }

  void column(String table, int position, ColumnDef column) {
    if (filter.includes(table)) {
      tables.computeIfAbsent(table, TableAssembly::new).column(position, column);
    }
  }

  /**
   * The table a constraint or index row belongs to, or null when its columns were not read: a table the
   * filter leaves out, or no table of the current schema at all.
   */
  TableAssembly table(String name) {
    return tables.get(name);
  }

  Collection<TableAssembly> tables() {
    return tables.values();
  }

  /** Whether the filter lets a table or sequence of this name through. */
  boolean includes(String name) {
    return filter.includes(name);
  }

  void sequence(SequenceDef sequence) {
    if (filter.includes(sequence.name())) {
      sequences.put(sequence.name(), sequence);
    }
  }

  /** The tables and sequences in name order. */
  SchemaModel build() {
    return new SchemaModel(tables.values().stream().map(TableAssembly::build).toList(),
        List.copyOf(sequences.values()), List.copyOf(schemas));
  }

  /** The action for a delete rule as INFORMATION_SCHEMA spells it ({@code SET NULL}). */
  static ReferentialAction deleteRule(String rule) {
    for (ReferentialAction action : ReferentialAction.values()) {
      if (action.sql().equals(rule)) {
        return action;
      }
    }
    throw new IllegalStateException("unknown delete rule " + rule);
  }
}
