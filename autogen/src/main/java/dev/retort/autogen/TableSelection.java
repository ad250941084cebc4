package dev.retort.autogen;

import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.SequenceDef;
import dev.retort.engine.schema.TableDef;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which tables autogenerate looks at: those matching an include pattern (all when there is none) and no
 * exclude pattern. Patterns are globs on table names ({@code audit_*}, {@code tmp_?}). Applied to both
 * sides, so an excluded table is neither created nor dropped.
 *
 * <p>Sequences are selected by the same globs on their names: a project that manages {@code billing_*}
 * and leaves the rest to others should not drop the others' sequences either. A sequence named unlike its
 * table ({@code invoice_seq} for {@code billing_invoices}) needs a pattern of its own.
 *
 * @param include globs a table must match one of; empty means every table
 * @param exclude globs a table must match none of
 * @param schemas named schemas managed besides those the entities name: their tables (and the schema itself)
 *     are dropped once no entity lives there
 */
public record TableSelection(List<String> include, List<String> exclude, List<String> schemas) {
  public static final TableSelection ALL = new TableSelection(List.of(), List.of());

  public TableSelection {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    schemas = List.copyOf(schemas);
  }

  /** Tables and sequences by glob, in the schemas the entities name. */
  public TableSelection(List<String> include, List<String> exclude) {
    this(include, exclude, List.of());
  }

  public boolean selects(String table) {
    return (include.isEmpty() || include.stream().anyMatch(glob -> matches(glob, table)))
        && exclude.stream().noneMatch(glob -> matches(glob, table));
  }

  /** The schema with only the selected tables and sequences. */
  public SchemaModel apply(SchemaModel schema) {
    if (include.isEmpty() && exclude.isEmpty()) {
      return schema;
    }
    List<TableDef> kept = schema.tables().stream().filter(t -> selects(t.name())).toList();
    List<SequenceDef> keptSequences = schema.sequences().stream().filter(s -> selects(s.name())).toList();
    return new SchemaModel(kept, keptSequences, schema.schemas());
  }

  private static boolean matches(String glob, String table) {
    StringBuilder regex = new StringBuilder();
    for (char c : glob.toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE).matcher(table).matches();
  }
}
