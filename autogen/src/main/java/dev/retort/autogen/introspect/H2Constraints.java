package dev.retort.autogen.introspect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * H2's primary keys, unique constraints and foreign keys, column by column, from four plain reads of
 * {@code INFORMATION_SCHEMA} joined here. H2 builds the rows of every lookup into {@code TABLE_CONSTRAINTS},
 * {@code KEY_COLUMN_USAGE} or {@code REFERENTIAL_CONSTRAINTS} by going through all constraints of the
 * database, so the same join in SQL costs a pass per row: 14 s for 1000 tables, minutes for 3000. Read once
 * each, the four take milliseconds.
 */
final class H2Constraints {
  private static final String CONSTRAINTS = """
      SELECT CONSTRAINT_SCHEMA, CONSTRAINT_NAME, CONSTRAINT_TYPE, TABLE_SCHEMA, TABLE_NAME, INDEX_SCHEMA, INDEX_NAME
      FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS
      WHERE CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')
      """;

  // a foreign key's columns pair with the referenced key's through POSITION_IN_UNIQUE_CONSTRAINT
  private static final String KEY_COLUMNS = """
      SELECT CONSTRAINT_SCHEMA, CONSTRAINT_NAME, ORDINAL_POSITION, COLUMN_NAME, POSITION_IN_UNIQUE_CONSTRAINT
      FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE
      """;

  private static final String REFERENCES = """
      SELECT CONSTRAINT_SCHEMA, CONSTRAINT_NAME, UNIQUE_CONSTRAINT_SCHEMA, UNIQUE_CONSTRAINT_NAME, DELETE_RULE
      FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS
      """;

  private static final String INDEX_COLUMNS = """
      SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_SCHEMA, INDEX_NAME, ORDINAL_POSITION, COLUMN_NAME
      FROM INFORMATION_SCHEMA.INDEX_COLUMNS
      """;

  /** A constraint as {@code TABLE_CONSTRAINTS} has it, names as stored. */
  record Constraint(String schema, String name, String type, String tableSchema, String table, String indexSchema,
      String index) {}

  /**
   * One column of a constraint. The index column is the one at the same position of the index behind the
   * constraint, which has a column's new name where {@code KEY_COLUMN_USAGE} keeps the old one after a rename.
   *
   * @param referenced for a foreign key, the key it references; else null
   * @param referencedColumn the referenced key's column at the matching position, or null
   * @param referencedIndexColumn the column at that position of the index behind the referenced key, or null
   * @param deleteRule for a foreign key, its {@code DELETE_RULE}; else null
   */
  record KeyColumn(Constraint constraint, int position, String column, String indexColumn, Constraint referenced,
      String referencedColumn, String referencedIndexColumn, String deleteRule) {}

  private record Name(String schema, String name) {}

  private record Key(int position, String column, Integer positionInUnique) {}

  private record Reference(Name unique, String deleteRule) {}

  private record IndexName(String tableSchema, String table, String indexSchema, String index) {}

  private H2Constraints() {}

  /** The key columns of the constraints of tables in {@code schemas} (names as stored), constraint by constraint. */
  static List<KeyColumn> read(Connection connection, Set<String> schemas) throws SQLException {
    List<Constraint> constraints = new ArrayList<>();
    Map<Name, Constraint> byName = new HashMap<>();
    CatalogQuery.forEachRow(connection, CONSTRAINTS, row -> {
      Constraint constraint = new Constraint(row.getString(1), row.getString(2), row.getString(3),
          row.getString(4), row.getString(5), row.getString(6), row.getString(7));
      constraints.add(constraint);
      byName.put(new Name(constraint.schema(), constraint.name()), constraint);
    });
    Map<Name, TreeMap<Integer, Key>> keys = new HashMap<>();
    CatalogQuery.forEachRow(connection, KEY_COLUMNS, row -> keys
        .computeIfAbsent(new Name(row.getString(1), row.getString(2)), n -> new TreeMap<>())
        .put(row.getInt(3), new Key(row.getInt(3), row.getString(4), row.getObject(5, Integer.class))));
    Map<Name, Reference> references = new HashMap<>();
    CatalogQuery.forEachRow(connection, REFERENCES, row -> references.put(new Name(row.getString(1),
        row.getString(2)), new Reference(new Name(row.getString(3), row.getString(4)), row.getString(5))));
    Map<IndexName, Map<Integer, String>> indexColumns = new HashMap<>();
    CatalogQuery.forEachRow(connection, INDEX_COLUMNS, row -> indexColumns
        .computeIfAbsent(new IndexName(row.getString(1), row.getString(2), row.getString(3), row.getString(4)),
            k -> new HashMap<>())
        .put(row.getInt(5), row.getString(6)));

    List<KeyColumn> columns = new ArrayList<>();
    for (Constraint constraint : constraints) {
      if (!schemas.contains(constraint.tableSchema())) {
        continue;
      }
      Reference reference = references.get(new Name(constraint.schema(), constraint.name()));
      Constraint referenced = reference == null ? null : byName.get(reference.unique());
      Map<Integer, Key> referencedKeys = reference == null ? Map.of() : keys.getOrDefault(reference.unique(),
          new TreeMap<>());
      for (Key key : keys.getOrDefault(new Name(constraint.schema(), constraint.name()), new TreeMap<>()).values()) {
        Key target = key.positionInUnique() == null ? null : referencedKeys.get(key.positionInUnique());
        columns.add(new KeyColumn(constraint, key.position(), key.column(),
            indexColumn(indexColumns, constraint, key.position()),
            referenced, target == null ? null : target.column(),
            referenced == null || key.positionInUnique() == null ? null
                : indexColumn(indexColumns, referenced, key.positionInUnique()),
            reference == null ? null : reference.deleteRule()));
      }
    }
    return columns;
  }

  private static String indexColumn(Map<IndexName, Map<Integer, String>> indexColumns, Constraint constraint,
      int position) {
    return indexColumns.getOrDefault(new IndexName(constraint.tableSchema(), constraint.table(),
        constraint.indexSchema(), constraint.index()), Map.of()).get(position);
  }
}
