package dev.retort.engine.schema;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key.
 *
 * @param name constraint name
 * @param columns referencing columns, in order
 * @param referencedTable the referenced table
 * @param referencedColumns referenced columns, paired with {@code columns}
 * @param onDelete action on delete of the referenced row
 */
public record ForeignKeyDef(
    String name,
    List<String> columns,
    String referencedTable,
    List<String> referencedColumns,
    ReferentialAction onDelete)
    implements TableElement {

  public ForeignKeyDef {
    Names.require(name, "foreign key name");
    columns = Names.columns(columns, "foreign key ", name, "");
    Names.require(referencedTable, "referenced table");
    referencedColumns = Names.columns(referencedColumns, "foreign key ", name, " reference");
    Objects.requireNonNull(onDelete, "onDelete == null");
    if (columns.size() != referencedColumns.size()) {
      throw new IllegalArgumentException(
          "foreign key " + name + " pairs " + columns + " with " + referencedColumns);
    }
  }

  public ForeignKeyDef onDelete(ReferentialAction action) {
    return new ForeignKeyDef(name, columns, referencedTable, referencedColumns, action);
  }
}
