package dev.retort.engine.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A database schema: tables, in the order the producer gave them, sequences, by name, and the named schemas
 * besides the connection's default one that tables and sequences may live in ({@code billing} for
 * {@code billing.invoices}, see {@link QualifiedName}). Immutable; the {@code with} methods return changed
 * copies.
 *
 * @param tables the tables
 * @param sequences the sequences; kept sorted by name, since nothing depends on their order and two schemas
 *     with the same sequences should be equal however they were reached
 * @param schemas the named schemas, sorted
 */
public record SchemaModel(List<TableDef> tables, List<SequenceDef> sequences, List<String> schemas) {

  public static final SchemaModel EMPTY = new SchemaModel(List.of());

  public SchemaModel {
    tables = TableList.of(tables);
    schemas = List.copyOf(new java.util.TreeSet<>(schemas));
    sequences = List.copyOf(sequences).stream().sorted(Comparator.comparing(SequenceDef::name)).toList();
    Set<String> sequenceNames = new HashSet<>();
    for (SequenceDef sequence : sequences) {
      if (!sequenceNames.add(sequence.name())) {
        throw new IllegalArgumentException("schema repeats sequence " + sequence.name());
      }
    }
  }

  /** Tables and sequences in the default schema or in schemas that exist already. */
  public SchemaModel(List<TableDef> tables, List<SequenceDef> sequences) {
    this(tables, sequences, List.of());
  }

  /** A schema without sequences. */
  public SchemaModel(List<TableDef> tables) {
    this(tables, List.of());
  }

  public Optional<TableDef> table(String name) {
    return Optional.ofNullable(((TableList) tables).byName(name));
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
    return withTables(copy);
  }

  public SchemaModel withoutTable(String name) {
    requireTable(name);
    return withTables(tables.stream().filter(t -> !t.name().equals(name)).toList());
  }

  /** Replaces the table called {@code name} (which may be renamed by the replacement) in place. */
  public SchemaModel replaceTable(String name, TableDef replacement) {
    requireTable(name);
    return withTables(tables.stream().map(t -> t.name().equals(name) ? replacement : t).toList());
  }

  /** These tables instead of the current ones, with the same sequences. */
  public SchemaModel withTables(List<TableDef> newTables) {
    return new SchemaModel(newTables, sequences, schemas);
  }

  public Optional<SequenceDef> sequence(String name) {
    return sequences.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** The named sequence, or an exception naming it: for callers that know it must exist. */
  public SequenceDef requireSequence(String name) {
    return sequence(name).orElseThrow(() -> new IllegalStateException("no sequence " + name + " in the schema"));
  }

  public SchemaModel withSequence(SequenceDef sequence) {
    if (sequence(sequence.name()).isPresent()) {
      throw new IllegalStateException("sequence " + sequence.name() + " already exists");
    }
    List<SequenceDef> copy = new ArrayList<>(sequences);
    copy.add(sequence);
    return new SchemaModel(tables, copy, schemas);
  }

  public SchemaModel withoutSequence(String name) {
    requireSequence(name);
    return new SchemaModel(tables, sequences.stream().filter(s -> !s.name().equals(name)).toList(), schemas);
  }

  /** Replaces the sequence called {@code name} with {@code replacement}. */
  public SchemaModel replaceSequence(String name, SequenceDef replacement) {
    requireSequence(name);
    return withoutSequence(name).withSequence(replacement);
  }

  /** These sequences instead of the current ones, with the same tables. */
  public SchemaModel withSequences(List<SequenceDef> newSequences) {
    return new SchemaModel(tables, newSequences, schemas);
  }

  /** With the named schema {@code name} added. */
  public SchemaModel withSchema(String name) {
    if (schemas.contains(name)) {
      throw new IllegalStateException("schema " + name + " already exists");
    }
    List<String> copy = new ArrayList<>(schemas);
    copy.add(name);
    return new SchemaModel(tables, sequences, copy);
  }

  /** Without the named schema {@code name}, which must hold no table or sequence. */
  public SchemaModel withoutSchema(String name) {
    if (!schemas.contains(name)) {
      throw new IllegalStateException("no schema " + name);
    }
    boolean used = tables.stream().anyMatch(t -> name.equals(QualifiedName.parse(t.name()).schema()))
        || sequences.stream().anyMatch(s -> name.equals(QualifiedName.parse(s.name()).schema()));
    if (used) {
      throw new IllegalStateException("schema " + name + " still holds tables or sequences");
    }
    return new SchemaModel(tables, sequences, schemas.stream().filter(s -> !s.equals(name)).toList());
  }
}
