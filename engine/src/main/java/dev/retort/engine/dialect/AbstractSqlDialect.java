package dev.retort.engine.dialect;

import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.schema.ColumnType;
import java.util.List;

/** Wires a dialect's type mapping and DDL together; subclasses add quoting and names. */
abstract class AbstractSqlDialect implements SqlDialect {
  private final TypeMapping types;
  private final StandardDdl ddl;

  AbstractSqlDialect(TypeMapping types, java.util.function.Function<SqlDialect, StandardDdl> ddl) {
    this.types = types;
    this.ddl = ddl.apply(this);
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
