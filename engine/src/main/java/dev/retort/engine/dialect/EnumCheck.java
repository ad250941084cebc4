package dev.retort.engine.dialect;

import dev.retort.engine.schema.CheckDef;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.QualifiedName;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The CHECK that holds an ENUM column to its values where the database has no enum type (PostgreSQL):
 * {@code "kind" IN ('BINARY','SOURCE','WHEEL')}, named {@code ck_<table>_<column>} as autogenerate names
 * the checks Hibernate leaves unnamed, and shortened with a hash past the 63 characters PostgreSQL keeps.
 * It belongs to the column's type, so it comes and goes with the column and is never an op of its own.
 */
public final class EnumCheck {
  private static final int MAX_LENGTH = 63;

  private EnumCheck() {}

  static CheckDef of(SqlDialect dialect, String table, ColumnDef column) {
    String values = column.type().values().stream().map(dialect::stringLiteral).collect(Collectors.joining(","));
    return new CheckDef(name(dialect, table, column.name()),
        dialect.quote(column.name()) + " IN (" + values + ")");
  }

  /** The names the check may have: Retort's, and the one PostgreSQL gives Hibernate's unnamed column check. */
  public static List<String> names(SqlDialect dialect, String table, String column) {
    String local = QualifiedName.parse(table).name();
    return List.of(name(dialect, table, column), fit(local + "_" + column + "_check"));
  }

  private static String name(SqlDialect dialect, String table, String column) {
    return fit(dialect.unquotedName("ck_" + QualifiedName.parse(table).name() + "_" + column));
  }

  private static String fit(String name) {
    if (name.length() <= MAX_LENGTH) {
      return name;
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return name.substring(0, MAX_LENGTH - 9) + "_" + HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
