package dev.retort.engine.dialect;

import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.schema.ColumnType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Wires a dialect's type mapping and DDL together; subclasses add quoting and names. */
abstract class AbstractSqlDialect implements SqlDialect {
  /** Enough for every spelling of a large schema; a schema with more still parses, only without the memo. */
  private static final int PARSED_SPELLINGS = 4096;

  private final TypeMapping types;
  // both schemas spell most columns in a few ways each (varchar(255), bigint), so each is parsed once
  private final Map<String, ColumnType> parsed = new ConcurrentHashMap<>();
  private final StandardDdl ddl;
  private final StandardDdl rerunDdl;

  /** {@code ddl} makes the DDL, and given {@code true} its rerun forms, which a database needs with {@code rerunForms}. */
  AbstractSqlDialect(TypeMapping types, BiFunction<SqlDialect, Boolean, StandardDdl> ddl, boolean rerunForms) {
    this.types = types;
    this.ddl = ddl.apply(this, false);
    this.rerunDdl = rerunForms ? ddl.apply(this, true) : this.ddl;
  }

  @Override
  public final String typeSql(ColumnType type) {
    return types.sql(type);
  }

  @Override
  public final ColumnType parseType(String sqlType) {
    ColumnType type = parsed.get(sqlType);
    if (type == null) {
      type = types.parse(sqlType);
      if (parsed.size() < PARSED_SPELLINGS) {
        parsed.put(sqlType, type);
      }
    }
    return type;
  }

  @Override
  public final List<String> toSql(SchemaOp op) {
    return op.accept(ddl);
  }

  @Override
  public List<Rerun> toRerunSql(SchemaOp op) {
    return op.accept(rerunDdl).stream().map(sql -> new Rerun(sql, null)).toList();
  }

  @Override
  public String stringLiteral(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  /** {@code INSERT INTO t (a, b) VALUES (..), (..)}, the common head of the dialects' upserts. */
  final String insert(String table, List<String> columns, List<List<String>> rows) {
    return "INSERT INTO " + quote(table) + " " + columnList(columns) + " " + valueLists(rows);
  }

  final String columnList(List<String> columns) {
    return columns.stream().map(this::quote).collect(Collectors.joining(", ", "(", ")"));
  }

  static String valueLists(List<List<String>> rows) {
    return "VALUES " + rows.stream().map(row -> String.join(", ", row))
        .collect(Collectors.joining("), (", "(", ")"));
  }

  /** {@code a = <new value of a>, ...} for every column but the key. */
  final String assignments(String key, List<String> columns, UnaryOperator<String> newValue) {
    return columns.stream().filter(c -> !c.equals(key)).map(c -> quote(c) + " = " + newValue.apply(c))
        .collect(Collectors.joining(", "));
  }

  static String quoteWith(String name, char quote) {
    String q = String.valueOf(quote);
    return q + name.replace(q, q + q) + q;
  }

  @Override
  public String toString() {
    return name();
  }
}
