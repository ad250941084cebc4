package dev.retort.autogen.entity;

import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.schema.CheckDef;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.ForeignKeyDef;
import dev.retort.engine.schema.IndexDef;
import dev.retort.engine.schema.QualifiedName;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.SequenceDef;
import dev.retort.engine.schema.TableDef;
import dev.retort.engine.schema.UniqueDef;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The entity schema's names as the database will store them. A name longer than PostgreSQL keeps is cut as
 * PostgreSQL cuts it, so that a table named in full in the entity is the table the catalog lists; on MariaDB,
 * which refuses such a name, it is an error before anything is written. Then index and constraint names
 * that would meet in one namespace are told apart ({@code _2}, {@code _3} in table order): Hibernate leaves
 * some keys unnamed (an element collection's unique key) and gives two such keys one hashed name, which the
 * database accepts only once where those names are per schema (PostgreSQL's indexes, H2's constraints,
 * MariaDB's foreign keys).
 */
final class EntityNames {
  private final SqlDialect dialect;

  EntityNames(SqlDialect dialect) {
    this.dialect = dialect;
  }

  SchemaModel apply(SchemaModel schema) {
    SchemaModel fitted = fit(schema);
    return distinct(fitted);
  }

  private SchemaModel fit(SchemaModel schema) {
    if (dialect.maxIdentifierBytes() == 0 || allStored(schema)) {
      return schema;
    }
    List<TableDef> tables = new ArrayList<>();
    for (TableDef table : schema.tables()) {
      UnaryOperator<String> name = n -> stored(n, table.name());
      TableDef fitted = table.mapColumnNames(name);
      String tableName = reference(table.name(), table.name());
      List<UniqueDef> uniques = fitted.uniques().stream().map(u -> new UniqueDef(name.apply(u.name()), u.columns()))
          .toList();
      List<IndexDef> indexes = fitted.indexes().stream().map(i -> i.withName(name.apply(i.name()))).toList();
      List<CheckDef> checks = fitted.checks().stream().map(c -> renamed(c, name.apply(c.name()))).toList();
      List<ForeignKeyDef> foreignKeys = fitted.foreignKeys().stream().map(f -> new ForeignKeyDef(
          name.apply(f.name()), f.columns(), reference(f.referencedTable(), table.name()),
          f.referencedColumns().stream().map(name).toList(), f.onDelete())).toList();
      // one table of the renamed parts: each with... would copy and check the whole table again
      tables.add(new TableDef(tableName, fitted.columns(), fitted.primaryKey(), uniques, indexes, foreignKeys,
          checks, fitted.comment()));
    }
    List<SequenceDef> sequences = schema.sequences().stream()
        .map(s -> new SequenceDef(reference(s.name(), s.name()), s.start(), s.increment())).toList();
    return new SchemaModel(tables, sequences, schema.schemas().stream().map(s -> stored(s, s)).toList());
  }

  /**
   * Whether every name is stored as written, the usual case, in which nothing is rebuilt; a name the database
   * refuses fails here as in the rebuild, in the same order.
   */
  private boolean allStored(SchemaModel schema) {
    for (TableDef table : schema.tables()) {
      String where = table.name();
      for (ColumnDef column : table.columns()) {
        if (!isStored(column.name(), where)) {
          return false;
        }
      }
      if (!reference(where, where).equals(where)) {
        return false;
      }
      for (UniqueDef unique : table.uniques()) {
        if (!isStored(unique.name(), where)) {
          return false;
        }
      }
      for (IndexDef index : table.indexes()) {
        if (!isStored(index.name(), where)) {
          return false;
        }
      }
      for (CheckDef check : table.checks()) {
        if (!isStored(check.name(), where)) {
          return false;
        }
      }
      for (ForeignKeyDef foreignKey : table.foreignKeys()) {
        if (!isStored(foreignKey.name(), where)
            || !reference(foreignKey.referencedTable(), where).equals(foreignKey.referencedTable())) {
          return false;
        }
        for (String column : foreignKey.referencedColumns()) {
          if (!isStored(column, where)) {
            return false;
          }
        }
      }
    }
    for (SequenceDef sequence : schema.sequences()) {
      if (!reference(sequence.name(), sequence.name()).equals(sequence.name())) {
        return false;
      }
    }
    for (String name : schema.schemas()) {
      if (!isStored(name, name)) {
        return false;
      }
    }
    return true;
  }

  private boolean isStored(String name, String where) {
    return stored(name, where).equals(name);
  }

  private String reference(String reference, String where) {
    QualifiedName name = QualifiedName.parse(reference);
    String local = stored(name.name(), where);
    return name.schema() == null ? local : QualifiedName.reference(stored(name.schema(), where), local);
  }

  /** The name as stored, or an error where the database refuses it rather than cut it. */
  private String stored(String name, String where) {
    String stored = dialect.storedLength(name);
    // uncut and longer in characters, so longer in bytes too
    if (name.length() > dialect.maxIdentifierBytes() && stored.equals(name)) {
      throw new RetortException(ErrorCode.ENTITY_MAPPING_FAILED, "The identifier '" + name + "' (table " + where
          + ") has " + name.length() + " characters; " + dialect.name() + " allows "
          + dialect.maxIdentifierBytes() + " and refuses longer names. Nothing was written. Give it a shorter name in the entity"
          + " (@Table, @Column, @Index, @UniqueConstraint or @ForeignKey name), then rerun.");
    }
    return stored;
  }

  private static CheckDef renamed(CheckDef check, String name) {
    CheckDef renamed = new CheckDef(name, check.expression());
    return check.inColumn() == null ? renamed : renamed.inColumn(check.inColumn());
  }

  /** Later holders of a name already taken in its namespace get a numbered one. */
  private SchemaModel distinct(SchemaModel schema) {
    Set<String> perSchema = new HashSet<>();
    List<TableDef> tables = new ArrayList<>();
    for (TableDef table : schema.tables()) {
      String space = String.valueOf(QualifiedName.parse(table.name()).schema()) + "\u0000";
      Set<String> perTable = new HashSet<>();
      UnaryOperator<String> indexName = n -> claim(n, dialect.indexNamesPerSchema() ? perSchema : perTable, space);
      UnaryOperator<String> keyName = n ->
          claim(n, dialect.foreignKeyNamesPerSchema() ? perSchema : perTable, space);
      UnaryOperator<String> checkName = n -> claim(n, dialect.checkNamesPerSchema() ? perSchema : perTable, space);
      List<UniqueDef> uniques = new ArrayList<>();
      List<IndexDef> indexes = new ArrayList<>();
      List<ForeignKeyDef> foreignKeys = new ArrayList<>();
      List<CheckDef> checks = new ArrayList<>();
      // claimed in this order, as before: uniques, indexes, foreign keys, checks
      boolean anyRenamed = false;
      for (UniqueDef unique : table.uniques()) {
        String name = indexName.apply(unique.name());
        anyRenamed |= !name.equals(unique.name());
        uniques.add(name.equals(unique.name()) ? unique : new UniqueDef(name, unique.columns()));
      }
      for (IndexDef index : table.indexes()) {
        String name = indexName.apply(index.name());
        anyRenamed |= !name.equals(index.name());
        indexes.add(name.equals(index.name()) ? index : index.withName(name));
      }
      for (ForeignKeyDef key : table.foreignKeys()) {
        String name = keyName.apply(key.name());
        anyRenamed |= !name.equals(key.name());
        foreignKeys.add(name.equals(key.name()) ? key : new ForeignKeyDef(name, key.columns(),
            key.referencedTable(), key.referencedColumns(), key.onDelete()));
      }
      for (CheckDef check : table.checks()) {
        String name = checkName.apply(check.name());
        anyRenamed |= !name.equals(check.name());
        checks.add(name.equals(check.name()) ? check : renamed(check, name));
      }
      // a table whose names were all free is kept as it is: rebuilding it would copy and check it again
      tables.add(!anyRenamed ? table : new TableDef(table.name(), table.columns(), table.primaryKey(), uniques,
          indexes, foreignKeys, checks, table.comment()));
    }
    return schema.withTables(tables);
  }

  private String claim(String name, Set<String> taken, String space) {
    String candidate = name;
    for (int n = 2; !taken.add(space + candidate.toLowerCase(java.util.Locale.ROOT)); n++) {
      candidate = numbered(name, n);
    }
    return candidate;
  }

  /** {@code name_n}, cut before the suffix where the whole would be too long. */
  private String numbered(String name, int n) {
    String suffix = "_" + n;
    int max = dialect.maxIdentifierBytes() == 0 ? Integer.MAX_VALUE : dialect.maxIdentifierBytes();
    String base = name;
    while ((base + suffix).getBytes(StandardCharsets.UTF_8).length > max) {
      base = base.substring(0, base.length() - 1);
    }
    return base + suffix;
  }
}
