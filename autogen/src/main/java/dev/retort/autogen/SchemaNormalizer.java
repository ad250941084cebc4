package dev.retort.autogen;

import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.op.RenameColumn;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.ForeignKeyDef;
import dev.retort.engine.schema.PrimaryKeyDef;
import dev.retort.engine.schema.QualifiedName;
import dev.retort.engine.schema.SequenceDef;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;

/**
 * What both sides go through before they are compared, beyond what the dialect already canonicalised:
 * primary key names are dropped where the database chose them and its DDL never needs them
 * ({@code packages_pkey}, {@code CONSTRAINT_8}, {@code PRIMARY}) and kept where dropping the key needs the
 * name the catalog has (PostgreSQL, a key named by whoever created it), delete
 * actions that mean the same on this database are spelled the same, and an entity placed explicitly in the
 * connection's own schema ({@code @Table(schema = "public")}) is named without it, as the catalog names it. Where column names ignore
 * case, the entities take the database's spelling of the columns it has.
 */
final class SchemaNormalizer {
  private final SqlDialect dialect;
  private final String defaultSchema;

  /** @param defaultSchema the connection's schema (canonical), or null where schemas are databases */
  SchemaNormalizer(SqlDialect dialect, String defaultSchema) {
    this.dialect = dialect;
    this.defaultSchema = defaultSchema;
  }

  SchemaModel normalize(SchemaModel schema) {
    return new SchemaModel(
        schema.tables().stream().map(this::normalize).toList(),
        schema.sequences().stream().map(s -> new SequenceDef(local(s.name()), s.start(), s.increment())).toList(),
        schema.schemas().stream().filter(s -> !s.equals(defaultSchema)).toList());
  }

  private TableDef normalize(TableDef table) {
    PrimaryKeyDef key = table.primaryKey();
    boolean keepName = key != null && key.name() != null
        && dialect.primaryKeyNameMatters(QualifiedName.parse(table.name()).name(), key.name());
    TableDef unnamed = key == null || key.name() == null || keepName
        ? table : table.withPrimaryKey(new PrimaryKeyDef(null, key.columns()));
    return unnamed.withName(local(table.name())).withForeignKeys(table.foreignKeys().stream()
        .map(fk -> new ForeignKeyDef(fk.name(), fk.columns(), local(fk.referencedTable()), fk.referencedColumns(),
            dialect.canonicalAction(fk.onDelete())))
        .toList());
  }

  private String local(String reference) {
    QualifiedName name = QualifiedName.parse(reference);
    return name.schema() != null && name.schema().equals(defaultSchema) ? name.name() : reference;
  }

  /**
   * {@code target} with each column that {@code current} has under another case renamed to the database's
   * spelling, keys and references included, when the dialect's column names ignore case: otherwise
   * {@code DTYPE} against {@code dtype} would be an add and a drop of one column, and the add fails.
   */
  SchemaModel alignColumnCase(SchemaModel target, SchemaModel current) {
    if (!dialect.columnNamesIgnoreCase()) {
      return target;
    }
    SchemaModel aligned = target;
    for (TableDef wanted : target.tables()) {
      TableDef had = current.table(wanted.name()).orElse(null);
      if (had == null) {
        continue;
      }
      for (ColumnDef column : wanted.columns()) {
        String name = column.name();
        for (ColumnDef existing : had.columns()) {
          if (existing.name().equalsIgnoreCase(name) && !existing.name().equals(name)
              && had.column(name).isEmpty() && wanted.column(existing.name()).isEmpty()) {
            aligned = new RenameColumn(wanted.name(), name, existing.name()).applyTo(aligned);
          }
        }
      }
    }
    return aligned;
  }
}
