package dev.retort.autogen.introspect;

import dev.retort.engine.dialect.EnumCheck;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.ColumnType;
import dev.retort.engine.schema.TableDef;
import dev.retort.engine.schema.TypeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a database stores an ENUM as {@code varchar} with a CHECK of its values (PostgreSQL), the stored
 * column reads back as the ENUM for an entity column that is one: the check, named as Retort or PostgreSQL
 * names an enum's check ({@code ck_<table>_<column>}, {@code <table>_<column>_check}), is part of the type.
 * Only then: a discriminator's check of the same shape stays a check, as Hibernate writes it everywhere.
 */
public final class EnumChecks {
  private static final Pattern ANY = Pattern.compile(
      "\\(\\((.+)\\)::text = ANY \\(\\(ARRAY\\[(.*)]\\)::text\\[]\\)\\)");
  private static final Pattern ONE = Pattern.compile("\\(\\((.+)\\)::text = ('(?:[^']|'')*')::text\\)");
  private static final Pattern VALUE = Pattern.compile("'((?:[^']|'')*)'(?:::character varying|::text)?");

  private EnumChecks() {}

  /** {@code stored} with each column {@code wanted} has as an ENUM read as one, its check gone. */
  public static TableDef fold(TableDef stored, TableDef wanted, SqlDialect dialect) {
    TableDef folded = stored;
    for (ColumnDef column : stored.columns()) {
      ColumnDef entity = wanted.column(column.name()).orElse(null);
      if (entity == null || entity.type().kind() != TypeKind.ENUM || column.type().kind() != TypeKind.VARCHAR
          || dialect.parseType(dialect.typeSql(entity.type())).kind() == TypeKind.ENUM) {
        continue;
      }
      for (String name : EnumCheck.names(dialect, stored.name(), column.name())) {
        var check = folded.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        List<String> values = check == null ? null : values(printed(column.name(), dialect), check.expression());
        if (values != null) {
          ColumnType type = ColumnType.enumOf(column.type().length(), values);
          folded = folded.withColumns(folded.columns().stream()
              .map(c -> c.name().equals(column.name()) ? c.withType(type) : c).toList())
              .withChecks(folded.checks().stream().filter(c -> c != check).toList());
          break;
        }
      }
    }
    return folded;
  }

  /** A column name as {@code pg_get_expr} prints it: bare when it needs no quotes. */
  private static String printed(String name, SqlDialect dialect) {
    return name.matches("[a-z_][a-z0-9_$]*") ? name : dialect.quote(name);
  }

  /**
   * The values of {@code ((kind)::text = ANY ((ARRAY['A'::character varying, ...])::text[]))}, or of
   * {@code ((kind)::text = 'A'::text)} for a single value, on the column printed {@code quoted}; else null.
   */
  static List<String> values(String quoted, String expression) {
    Matcher any = ANY.matcher(expression.strip());
    if (any.matches() && any.group(1).equals(quoted)) {
      return list(any.group(2));
    }
    Matcher one = ONE.matcher(expression.strip());
    if (one.matches() && one.group(1).equals(quoted)) {
      return list(one.group(2));
    }
    return null;
  }

  private static List<String> list(String items) {
    List<String> values = new ArrayList<>();
    Matcher value = VALUE.matcher(items);
    int end = 0;
    while (value.find()) {
      if (!items.substring(end, value.start()).matches("\\s*,?\\s*")) {
        return null;
      }
      values.add(value.group(1).replace("''", "'"));
      end = value.end();
    }
    return values.isEmpty() || !items.substring(end).isBlank() ? null : values;
  }
}
