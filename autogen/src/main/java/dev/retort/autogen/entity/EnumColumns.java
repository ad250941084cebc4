package dev.retort.autogen.entity;

import dev.retort.engine.schema.ColumnType;
import dev.retort.engine.schema.TypeKind;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.Column;

/**
 * Columns of a Java enum mapped by name, read as the portable ENUM type whatever the dialect: H2 and MariaDB
 * get {@code enum('A','B')} from Hibernate, which keeps no length, so the length comes from the mapping;
 * PostgreSQL gets {@code varchar(n)} and an unnamed CHECK of the values, which is part of the type, not a
 * constraint of its own.
 */
final class EnumColumns {
  private EnumColumns() {}

  /** {@code parsed}, Hibernate's type as the dialect read it, as an ENUM where the column holds enum names. */
  static ColumnType type(Column column, ColumnType parsed) {
    if (parsed.kind() == TypeKind.ENUM) {
      return parsed.withLength(column.getLength() == null ? 255 : column.getLength().intValue());
    }
    List<String> names = names(column);
    boolean checked = column.getCheckConstraints().stream()
        .anyMatch(c -> c.isAnonymous() && isValuesCheck(column, c.getConstraint()));
    if (names != null && parsed.kind() == TypeKind.VARCHAR && checked) {
      return ColumnType.enumOf(parsed.length(), names);
    }
    return parsed;
  }

  /** Whether {@code constraint} is the {@code column in ('A','B')} Hibernate writes for an enum's values. */
  static boolean isValuesCheck(Column column, String constraint) {
    String text = constraint.strip();
    while (text.startsWith("(") && text.endsWith(")")) {
      text = text.substring(1, text.length() - 1).strip();
    }
    String prefix = column.getQuotedName().toLowerCase(Locale.ROOT) + " in ";
    return text.toLowerCase(Locale.ROOT).startsWith(prefix) && text.substring(prefix.length()).strip().startsWith("(");
  }

  /** The enum's constant names when the column maps a Java enum, otherwise null. */
  private static List<String> names(Column column) {
    if (!(column.getValue() instanceof BasicValue value) || value.getResolution() == null) {
      return null;
    }
    Class<?> type = value.getResolution().getDomainJavaType().getJavaTypeClass();
    if (!type.isEnum()) {
      return null;
    }
    return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
  }
}
