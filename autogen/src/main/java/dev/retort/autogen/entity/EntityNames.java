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
    if (dialect.maxIdentifierBytes() == 0) {
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

  private String reference(String reference, String where) {
    QualifiedName name = QualifiedName.parse(reference);
    String local = stored(name.name(), where);
    return name.schema() == null ? local : QualifiedName.reference(stored(name.schema(), where), local);
  }

  /** The name as stored, or an error where the database refuses it rather than cut it. */
  private String stored(String name, String where) {
    String stored = dialect.storedLength(name);
    if (stored.equals(name) && name.getBytes(StandardCharsets.UTF_8).length > dialect.maxIdentifierBytes()
        && name.length() > dialect.maxIdentifierBytes()) {
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
      tables.add(new TableDef(table.name(), table.columns(), table.primaryKey(),
          table.uniques().stream().map(u -> new UniqueDef(indexName.apply(u.name()), u.columns())).toList(),
          table.indexes().stream().map(i -> i.withName(indexName.apply(i.name()))).toList(),
          table.foreignKeys().stream().map(f -> new ForeignKeyDef(keyName.apply(f.name()), f.columns(),
              f.referencedTable(), f.referencedColumns(), f.onDelete())).toList(),
          table.checks().stream().map(c -> renamed(c, checkName.apply(c.name()))).toList(),
          table.comment()));
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
