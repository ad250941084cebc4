package dev.retort.autogen.entity;

import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.ForeignKeyDef;
import dev.retort.engine.schema.IndexDef;
import dev.retort.engine.schema.PrimaryKeyDef;
import dev.retort.engine.schema.QualifiedName;
import dev.retort.engine.schema.ReferentialAction;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.SequenceDef;
import dev.retort.engine.schema.TableDef;
import dev.retort.engine.schema.TypeKind;
import dev.retort.engine.schema.UniqueDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.NamingHelper;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

/**
 * Reads the tables Hibernate's schema export would create into a {@link SchemaModel}: the same tables
 * (physical ones), columns in export order with the DDL type Hibernate writes for the dialect, keys,
 * unique keys, indexes and foreign keys with Hibernate's names. Sequences too: those of
 * {@code @SequenceGenerator} and the {@code <table>_SEQ} ones Hibernate makes for {@code @GeneratedValue},
 * with the start and increment its export writes ({@code initialValue}, {@code allocationSize}).
 */
public final class EntitySchemaReader {
  private final SqlDialect dialect;

  public EntitySchemaReader(SqlDialect dialect) {
    this.dialect = dialect;
  }

  public SchemaModel read(Metadata metadata) {
    List<TableDef> tables = new ArrayList<>();
    List<SequenceDef> sequences = new ArrayList<>();
    for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
      for (Table table : namespace.getTables()) {
        if (table.isPhysicalTable()) {
          tables.add(table(table, metadata));
        }
      }
      for (Sequence sequence : namespace.getSequences()) {
        sequences.add(sequence(sequence));
      }
    }
    tables.sort(Comparator.comparing(TableDef::name));
    List<String> schemas = new ArrayList<>();
    tables.forEach(t -> addSchema(schemas, t.name()));
    sequences.forEach(s -> addSchema(schemas, s.name()));
    return new EntityNames(dialect).apply(new SchemaModel(tables, sequences, schemas));
  }

  private static void addSchema(List<String> schemas, String reference) {
    String schema = QualifiedName.parse(reference).schema();
    if (schema != null && !schemas.contains(schema)) {
      schemas.add(schema);
    }
  }

  /**
   * {@code schema.name} for an object Hibernate places in a schema of its own ({@code @Table(schema)}),
   * where the database has schemas; Hibernate leaves the schema out on MariaDB, and so does Retort.
   */
  private String qualified(Identifier schema, String name) {
    return schema == null || !dialect.supportsSchemas() ? name
        : QualifiedName.reference(name(schema.getText(), schema.isQuoted()), name);
  }

  private String tableName(Table table) {
    return qualified(table.getSchemaIdentifier(), name(table.getName(), table.isQuoted()));
  }

  /** The sequence's physical name, as Hibernate's naming strategy made it; unquoted ones fold like tables. */
  private SequenceDef sequence(Sequence sequence) {
    Identifier name = sequence.getName().getSequenceName();
    return new SequenceDef(qualified(sequence.getName().getSchemaName(), name(name.getText(), name.isQuoted())),
        sequence.getInitialValue(),
        sequence.getIncrementSize());
  }

  private TableDef table(Table table, Metadata metadata) {
    List<ColumnDef> columns = new ArrayList<>();
    Set<String> enumColumns = new HashSet<>();
    for (Column column : table.getColumns()) {
      ColumnDef def = column(column, metadata);
      columns.add(def);
      if (def.type().kind() == TypeKind.ENUM) {
        enumColumns.add(column.getName());
      }
    }
    String tableName = tableName(table);
    PrimaryKeyDef primaryKey = table.getPrimaryKey() == null ? null
        : new PrimaryKeyDef(null, names(table.getPrimaryKey().getColumns()));
    List<UniqueDef> uniques = new ArrayList<>();
    for (UniqueKey key : table.getUniqueKeys().values()) {
      uniques.add(new UniqueDef(name(key.getName(), false), names(key.getColumns())));
    }
    uniques.addAll(uniqueColumns(table, uniques));
    List<IndexDef> indexes = new ArrayList<>();
    for (Index index : table.getIndexes().values()) {
      List<String> descending = index.getColumnOrderMap().entrySet().stream()
          .filter(e -> "desc".equalsIgnoreCase(e.getValue().strip()))
          .map(e -> name(e.getKey().getName(), e.getKey().isQuoted())).toList();
      indexes.add(new IndexDef(name(index.getName(), false), names(index.getColumns()), index.isUnique(),
          descending));
    }
    List<ForeignKeyDef> foreignKeys = new ArrayList<>();
    for (ForeignKey key : table.getForeignKeys().values()) {
      if (key.isCreationEnabled() && key.isPhysicalConstraint()) {
        foreignKeys.add(foreignKey(key));
      }
    }
    uniques.sort(Comparator.comparing(UniqueDef::name));
    indexes.sort(Comparator.comparing(IndexDef::name));
    foreignKeys.sort(Comparator.comparing(ForeignKeyDef::name));
    String comment = table.getComment() == null || table.getComment().isEmpty() ? null : table.getComment();
    return new TableDef(tableName, columns, primaryKey, uniques, indexes, foreignKeys,
        new CheckNaming(dialect, QualifiedName.parse(tableName).name(), enumColumns).checks(table), comment);
  }

  /**
   * {@code @Column(unique = true)} becomes a unique key only while Hibernate exports; it is named as
   * Hibernate's implicit naming names it ({@code UK} and a hash of table and column).
   */
  private List<UniqueDef> uniqueColumns(Table table, List<UniqueDef> declared) {
    List<UniqueDef> implicit = new ArrayList<>();
    for (Column column : table.getColumns()) {
      List<String> columns = List.of(name(column.getName(), column.isQuoted()));
      boolean primaryKeyOnly = table.getPrimaryKey() != null
          && table.getPrimaryKey().getColumns().equals(List.of(column));
      boolean covered = declared.stream().anyMatch(u -> u.columns().equals(columns));
      if (column.isUnique() && !primaryKeyOnly && !covered) {
        String keyName = NamingHelper.INSTANCE.generateHashedConstraintName("UK", table.getNameIdentifier(),
            Identifier.toIdentifier(column.getName(), column.isQuoted()));
        implicit.add(new UniqueDef(name(keyName, false), columns));
      }
    }
    return implicit;
  }

  private ColumnDef column(Column column, Metadata metadata) {
    ColumnDef def = ColumnDef.of(name(column.getName(), column.isQuoted()),
        EnumColumns.type(column, JdbcTypes.portable(column, metadata, dialect,
            dialect.parseType(column.getSqlType(metadata)))));
    if (column.isIdentity()) {
      def = def.identity();
    } else if (!column.isNullable()) {
      def = def.notNull();
    }
    if (column.getComment() != null && !column.getComment().isEmpty()) {
      def = def.comment(column.getComment());
    }
    if (column.getGeneratedAs() != null) {
      return def.generatedAs(column.getGeneratedAs());
    }
    return column.getDefaultValue() == null ? def : def.withDefault(column.getDefaultValue());
  }

  private ForeignKeyDef foreignKey(ForeignKey key) {
    List<Column> referenced = key.isReferenceToPrimaryKey()
        ? key.getReferencedTable().getPrimaryKey().getColumns()
        : key.getReferencedColumns();
    Table target = key.getReferencedTable();
    return new ForeignKeyDef(name(key.getName(), false), names(key.getColumns()),
        tableName(target), names(referenced), action(key.getOnDeleteAction()));
  }

  private static ReferentialAction action(OnDeleteAction action) {
    if (action == null) {
      return ReferentialAction.NO_ACTION;
    }
    return switch (action) {
      case NO_ACTION -> ReferentialAction.NO_ACTION;
      case CASCADE -> ReferentialAction.CASCADE;
      case SET_NULL -> ReferentialAction.SET_NULL;
      case SET_DEFAULT -> ReferentialAction.SET_DEFAULT;
      case RESTRICT -> ReferentialAction.RESTRICT;
    };
  }

  private List<String> names(List<Column> columns) {
    return columns.stream().map(c -> name(c.getName(), c.isQuoted())).toList();
  }

  private String name(String name, boolean quoted) {
    return quoted ? name : dialect.unquotedName(name);
  }
}
