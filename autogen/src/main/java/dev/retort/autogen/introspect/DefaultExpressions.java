package dev.retort.autogen.introspect;

import dev.retort.engine.schema.ColumnType;
import dev.retort.engine.schema.TypeKind;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Default values as the model holds them: the expression the catalog reports, without what is only the
 * database's way of spelling it. The whole normalisation is here:
 *
 * <ul>
 *   <li>PostgreSQL casts a literal default to the column type: {@code 'abc'::character varying} and
 *       {@code '2024-01-01'::date} become {@code 'abc'} and {@code '2024-01-01'}; a number loses its
 *       quotes too ({@code '-1'::integer} becomes {@code -1}). Other expressions stay as reported.
 *   <li>PostgreSQL's {@code nextval('t_id_seq'::regclass)} on a column that owns the sequence (serial) makes
 *       the column an identity column and is no default; a {@code nextval} of any other sequence is kept.
 *   <li>MariaDB (10.2.7 and later) quotes string literals, reports {@code NULL} unquoted when a column has
 *       no default (a default of the string 'NULL' is {@code 'NULL'}), and spells {@code CURRENT_TIMESTAMP}
 *       as {@code current_timestamp()}, or {@code current_timestamp(6)} on a {@code datetime(6)} column
 *       whether or not the DDL gave the digits; both become {@code CURRENT_TIMESTAMP} as PostgreSQL and H2
 *       report it, and only digits other than the column's stay ({@code CURRENT_TIMESTAMP(3)}). A boolean
 *       ({@code bit(1)}) default is reported as a bit literal, {@code b'1'} or {@code b'0'}: it becomes
 *       {@code true} or {@code false}. Numbers keep MariaDB's spelling ({@code 0.00} for a
 *       {@code decimal(10,2)} column).
 *   <li>H2 reports its own rendering of the expression ({@code 'abc'}, {@code CURRENT_TIMESTAMP}, {@code DATE
 *       '2024-01-01'}), which is kept, except that its {@code TRUE} and {@code FALSE} become {@code true}
 *       and {@code false} as PostgreSQL spells them, and {@code NULL} (a {@code DEFAULT NULL}) is no default.
 * </ul>
 */
public final class DefaultExpressions {
  /** A vendor type with its size, such as MariaDB's {@code timestamp(6)}. */
  private static final Pattern SIZED_VENDOR_TYPE = Pattern.compile("[a-zA-Z ]+\\((\\d+)\\)");

  private DefaultExpressions() {}

  /** A quoted literal followed by one cast to a plain type name: {@code 'it''s'::character varying(20)}. */
  private static final Pattern POSTGRES_CAST_LITERAL =
      Pattern.compile("('(?:[^']|'')*')::([A-Za-z0-9_ .\"]+?)(\\(\\d+(?:,\\d+)?\\))?((?:\\[\\])*)");

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

  private static final Set<String> POSTGRES_NUMBER_TYPES =
      Set.of("smallint", "integer", "bigint", "numeric", "real", "double precision");

  private static final Pattern MARIADB_CURRENT_TIMESTAMP =
      Pattern.compile("current_timestamp\\((\\d*)\\)", Pattern.CASE_INSENSITIVE);

  /** A PostgreSQL default from {@code pg_get_expr(adbin, adrelid)}, without the cast of a literal. */
  public static String postgres(String expression) {
    if (expression == null) {
      return null;
    }
    Matcher cast = POSTGRES_CAST_LITERAL.matcher(expression);
    if (!cast.matches()) {
      return expression;
    }
    String literal = cast.group(1);
    String unquoted = literal.substring(1, literal.length() - 1);
    boolean numberType = cast.group(4).isEmpty() && POSTGRES_NUMBER_TYPES.contains(cast.group(2));
    return numberType && NUMBER.matcher(unquoted).matches() ? unquoted : literal;
  }

  /** Whether a PostgreSQL default is the {@code nextval} of a serial column's own sequence. */
  public static boolean isPostgresSerial(String expression, boolean columnOwnsSequence) {
    return columnOwnsSequence && expression != null && expression.startsWith("nextval(");
  }

  /** A MariaDB default from {@code information_schema.COLUMNS.COLUMN_DEFAULT}, for a column of {@code type}. */
  public static String mariaDb(String columnDefault, ColumnType type) {
    if (columnDefault == null || columnDefault.equals("NULL")) {
      return null;
    }
    if (type.kind() == TypeKind.BOOLEAN && (columnDefault.equals("b'1'") || columnDefault.equals("b'0'"))) {
      return columnDefault.equals("b'1'") ? "true" : "false";
    }
    Matcher now = MARIADB_CURRENT_TIMESTAMP.matcher(columnDefault);
    if (now.matches()) {
      String digits = now.group(1);
      boolean columnPrecision = digits.isEmpty() || Integer.valueOf(digits).equals(fractionalDigits(type));
      return columnPrecision ? "CURRENT_TIMESTAMP" : "CURRENT_TIMESTAMP(" + digits + ")";
    }
    return columnDefault;
  }

  /** The column's fractional-second digits, also of a vendor type such as MariaDB's {@code timestamp(6)}. */
  private static Integer fractionalDigits(ColumnType type) {
    if (type.kind() == TypeKind.OTHER) {
      Matcher sized = SIZED_VENDOR_TYPE.matcher(type.rawName());
      return sized.matches() ? Integer.valueOf(sized.group(1)) : null;
    }
    return type.precision();
  }

  /** An H2 default from {@code INFORMATION_SCHEMA.COLUMNS.COLUMN_DEFAULT}. */
  public static String h2(String columnDefault) {
    // DEFAULT NULL is stored as the text NULL: the same as no default
    if (columnDefault == null || columnDefault.equalsIgnoreCase("NULL")) {
      return null;
    }
    if ("TRUE".equals(columnDefault) || "FALSE".equals(columnDefault)) {
      return columnDefault.toLowerCase(Locale.ROOT);
    }
    return columnDefault;
  }
}
