package dev.retort.engine.migration;

import dev.retort.engine.schema.CheckDef;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.ColumnType;
import dev.retort.engine.schema.ForeignKeyDef;
import dev.retort.engine.schema.IndexDef;
import dev.retort.engine.schema.PrimaryKeyDef;
import dev.retort.engine.schema.ReferentialAction;
import dev.retort.engine.schema.TableComment;
import dev.retort.engine.schema.TypeKind;
import dev.retort.engine.schema.UniqueDef;
import dev.retort.engine.schema.SequenceDef;
import java.util.List;

/** Static factories for migration code: {@code import static dev.retort.engine.migration.Dsl.*;}. */
public final class Dsl {
  private Dsl() {}

  public static ColumnDef column(String name, ColumnType type) {
    return ColumnDef.of(name, type);
  }

  public static PrimaryKeyDef primaryKey(String... columns) {
    return new PrimaryKeyDef(null, List.of(columns));
  }

  public static UniqueDef unique(String name, String... columns) {
    return new UniqueDef(name, List.of(columns));
  }

  public static IndexDef index(String name, String... columns) {
    return new IndexDef(name, List.of(columns), false);
  }

  public static IndexDef uniqueIndex(String name, String... columns) {
    return new IndexDef(name, List.of(columns), true);
  }

  public static ForeignKeyDef foreignKey(String name, String column, String referencedTable, String referencedColumn) {
    return new ForeignKeyDef(name, List.of(column), referencedTable, List.of(referencedColumn),
        ReferentialAction.NO_ACTION);
  }

  public static ForeignKeyDef foreignKey(
      String name, List<String> columns, String referencedTable, List<String> referencedColumns) {
    return new ForeignKeyDef(name, columns, referencedTable, referencedColumns, ReferentialAction.NO_ACTION);
  }

  /** A CHECK constraint: {@code check("ck_items_qty", "qty >= 1")}. */
  public static CheckDef check(String name, String expression) {
    return new CheckDef(name, expression);
  }

  /** A table's comment, listed with its columns in {@code createTable}. */
  public static TableComment tableComment(String text) {
    return new TableComment(text);
  }

  public static List<String> columns(String... names) {
    return List.of(names);
  }

  /** One row of literal values for {@code insertRows}; nulls allowed. */
  public static List<Object> row(Object... values) {
    return java.util.Arrays.asList(values.clone());
  }

  public static ColumnType bool() {
    return ColumnType.of(TypeKind.BOOLEAN);
  }

  public static ColumnType tinyint() {
    return ColumnType.of(TypeKind.TINYINT);
  }

  public static ColumnType smallint() {
    return ColumnType.of(TypeKind.SMALLINT);
  }

  public static ColumnType integer() {
    return ColumnType.of(TypeKind.INTEGER);
  }

  public static ColumnType bigint() {
    return ColumnType.of(TypeKind.BIGINT);
  }

  public static ColumnType real() {
    return ColumnType.of(TypeKind.REAL);
  }

  public static ColumnType doublePrecision() {
    return ColumnType.of(TypeKind.DOUBLE);
  }

  public static ColumnType numeric(int precision, int scale) {
    return ColumnType.numeric(precision, scale);
  }

  /** NUMERIC with a precision and the database's default scale. */
  public static ColumnType numeric(int precision) {
    return ColumnType.numeric(precision, null);
  }

  public static ColumnType numeric() {
    return ColumnType.numeric(null, null);
  }

  public static ColumnType fixedChar(int length) {
    return ColumnType.sized(TypeKind.CHAR, length);
  }

  public static ColumnType varchar(int length) {
    return ColumnType.sized(TypeKind.VARCHAR, length);
  }

  public static ColumnType text() {
    return ColumnType.of(TypeKind.TEXT);
  }

  public static ColumnType date() {
    return ColumnType.of(TypeKind.DATE);
  }

  public static ColumnType time() {
    return ColumnType.of(TypeKind.TIME);
  }

  public static ColumnType time(int fractionalDigits) {
    return ColumnType.temporal(TypeKind.TIME, fractionalDigits);
  }

  public static ColumnType timestamp() {
    return ColumnType.of(TypeKind.TIMESTAMP);
  }

  public static ColumnType timestamp(int fractionalDigits) {
    return ColumnType.temporal(TypeKind.TIMESTAMP, fractionalDigits);
  }

  public static ColumnType timestampTz() {
    return ColumnType.of(TypeKind.TIMESTAMP_TZ);
  }

  public static ColumnType timestampTz(int fractionalDigits) {
    return ColumnType.temporal(TypeKind.TIMESTAMP_TZ, fractionalDigits);
  }

  public static ColumnType uuid() {
    return ColumnType.of(TypeKind.UUID);
  }

  public static ColumnType binary(int length) {
    return ColumnType.sized(TypeKind.BINARY, length);
  }

  public static ColumnType varbinary(int length) {
    return ColumnType.sized(TypeKind.VARBINARY, length);
  }

  public static ColumnType blob() {
    return ColumnType.of(TypeKind.BLOB);
  }

  public static ColumnType json() {
    return ColumnType.of(TypeKind.JSON);
  }

  /**
   * A Java enum stored by name: {@code enum('A','B')} on H2 and MariaDB, {@code varchar(length)} with a CHECK
   * of the values on PostgreSQL, as Hibernate maps it on each.
   */
  public static ColumnType enumOf(int length, String... values) {
    return ColumnType.enumOf(length, List.of(values));
  }

  /** As above, {@code varchar(255)} where the database has no enum type. */
  public static ColumnType enumOf(String... values) {
    return ColumnType.enumOf(null, List.of(values));
  }

  /** A vendor type spelled as the database spells it, for types with no portable kind. Runs only there. */
  public static ColumnType raw(String vendorTypeName) {
    return ColumnType.raw(vendorTypeName);
  }

  /** A sequence starting at 1 with increment 1; {@code .startWith(n)} and {@code .incrementBy(m)} change them. */
  public static SequenceDef sequence(String name) {
    return SequenceDef.of(name);
  }
}
