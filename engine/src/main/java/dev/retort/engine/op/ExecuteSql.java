package dev.retort.engine.op;

import dev.retort.engine.schema.SchemaModel;
import java.util.Objects;

/**
 * SQL a person wrote, run as given. Reversible only when given a reverse statement. The schema model does
 * not follow raw SQL, so {@link #applyTo} leaves it unchanged.
 *
 * @param sql the statement to run
 * @param reverseSql the statement that undoes it, or null when it cannot be undone
 */
public record ExecuteSql(String sql, String reverseSql) implements SchemaOp {
  public ExecuteSql {
    Objects.requireNonNull(sql, "sql == null");
    if (sql.isBlank()) {
      throw new IllegalArgumentException("sql is blank");
    }
  }

  @Override
  public SchemaOp reverse() {
    if (reverseSql == null) {
      throw new IrreversibleOperationException(
          "execute(\"" + sql + "\") has no reverse; give one as execute(sql, reverseSql)");
    }
    return new ExecuteSql(reverseSql, sql);
  }

  @Override
  public SchemaModel applyTo(SchemaModel schema) {
    return schema;
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String describe() {
    String line = sql.strip().replaceAll("\\s+", " ");
    return "execute " + (line.length() > 60 ? line.substring(0, 57) + "..." : line);
  }
}
