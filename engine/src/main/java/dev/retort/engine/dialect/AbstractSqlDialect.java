package dev.retort.engine.dialect;

import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.schema.ColumnType;
import java.util.List;
import java.util.function.BiFunction;

/** Wires a dialect's type mapping and DDL together; subclasses add quoting and names. */
abstract class AbstractSqlDialect implements SqlDialect {
  private final TypeMapping types;
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
    return types.parse(sqlType);
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

  static String quoteWith(String name, char quote) {
    String q = String.valueOf(quote);
    return q + name.replace(q, q + q) + q;
  }

  @Override
  public String toString() {
    return name();
  }
}
