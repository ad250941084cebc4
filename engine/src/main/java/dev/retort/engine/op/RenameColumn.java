package dev.retort.engine.op;

import dev.retort.engine.schema.ForeignKeyDef;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import java.util.Objects;

/** Renames a column, keeping its data; keys, indexes and references that name it follow. */
public record RenameColumn(String table, String from, String to) implements SchemaOp {
  public RenameColumn {
    Objects.requireNonNull(table, "table == null");
    Objects.requireNonNull(from, "from == null");
    Objects.requireNonNull(to, "to == null");
  }

  @Override
  public SchemaOp reverse() {
    return new RenameColumn(table, to, from);
  }

  @Override
  public SchemaModel applyTo(SchemaModel schema) {
    TableDef current = schema.requireTable(table);
    current.column(from).orElseThrow(() -> new IllegalStateException("no column " + table + "." + from));
    if (current.column(to).isPresent()) {
      throw new IllegalStateException("column " + table + "." + to + " already exists");
    }
    SchemaModel renamed = schema.replaceTable(table, current.mapColumnNames(c -> c.equals(from) ? to : c));
    return renamed.withTables(renamed.tables().stream().map(this::retarget).toList());
  }

  private TableDef retarget(TableDef t) {
    return t.withForeignKeys(t.foreignKeys().stream()
        .map(f -> f.referencedTable().equals(table)
            ? new ForeignKeyDef(f.name(), f.columns(), f.referencedTable(),
                f.referencedColumns().stream().map(c -> c.equals(from) ? to : c).toList(), f.onDelete())
            : f)
        .toList());
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String describe() {
    return "rename column " + table + "." + from + " to " + to;
  }
}
