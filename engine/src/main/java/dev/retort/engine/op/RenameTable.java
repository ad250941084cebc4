package dev.retort.engine.op;

import dev.retort.engine.schema.ForeignKeyDef;
import dev.retort.engine.schema.QualifiedName;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import java.util.Objects;

/** Renames a table, keeping its rows; foreign keys that reference it follow. */
public record RenameTable(String from, String to) implements SchemaOp {
  public RenameTable {
    Objects.requireNonNull(from, "from == null");
    Objects.requireNonNull(to, "to == null");
    if (!Objects.equals(QualifiedName.parse(from).schema(), QualifiedName.parse(to).schema())) {
      throw new IllegalArgumentException("renameTable keeps a table in its schema: " + from + " -> " + to
          + " moves it; create the table in the new schema and copy the rows instead");
    }
  }

  @Override
  public SchemaOp reverse() {
    return new RenameTable(to, from);
  }

  @Override
  public SchemaModel applyTo(SchemaModel schema) {
    if (schema.table(to).isPresent()) {
      throw new IllegalStateException("cannot rename " + from + " to " + to + ": " + to + " exists");
    }
    SchemaModel renamed = schema.replaceTable(from, schema.requireTable(from).withName(to));
    return renamed.withTables(renamed.tables().stream().map(this::retarget).toList());
  }

  private TableDef retarget(TableDef table) {
    return table.withForeignKeys(table.foreignKeys().stream()
        .map(f -> f.referencedTable().equals(from)
            ? new ForeignKeyDef(f.name(), f.columns(), to, f.referencedColumns(), f.onDelete())
            : f)
        .toList());
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String describe() {
    return "rename table " + from + " to " + to;
  }
}
