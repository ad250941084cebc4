package dev.retort.autogen.introspect;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * H2's type for a column as DDL spells it, composed from the {@code INFORMATION_SCHEMA.COLUMNS} (or
 * {@code ELEMENT_TYPES}) fields: {@code CHARACTER VARYING(255)}, {@code NUMERIC(10,2)}, {@code TIMESTAMP(6)},
 * {@code TIMESTAMP(6) WITH TIME ZONE}, {@code INTEGER ARRAY}. Sizes H2 always reports but DDL never
 * carries (the precision of {@code INTEGER}, the length of {@code CHARACTER LARGE OBJECT}) are left out.
 */
final class H2TypeSpelling {
  private H2TypeSpelling() {}

  /**
   * The type of one row, reading {@code DATA_TYPE}, {@code CHARACTER_MAXIMUM_LENGTH}, {@code
   * NUMERIC_PRECISION}, {@code NUMERIC_SCALE} and {@code DATETIME_PRECISION}, each after {@code prefix};
   * an array reads its element type from the same fields after {@code elementPrefix}; an enum lists its
   * quoted values from {@code ENUM_VALUES} in declaration order, as DDL writes them.
   */
  static String of(ResultSet row, String prefix, String elementPrefix) throws SQLException {
    String dataType = row.getString(prefix + "DATA_TYPE");
    if (dataType.equals("ENUM") && row.getString("ENUM_VALUES") != null) {
      return "ENUM(" + row.getString("ENUM_VALUES") + ")";
    }
    if (dataType.equals("ARRAY") && row.getString(elementPrefix + "DATA_TYPE") != null) {
      return compose(row.getString(elementPrefix + "DATA_TYPE"),
          row.getObject(elementPrefix + "CHARACTER_MAXIMUM_LENGTH", Long.class),
          row.getObject(elementPrefix + "NUMERIC_PRECISION", Integer.class),
          row.getObject(elementPrefix + "NUMERIC_SCALE", Integer.class),
          row.getObject(elementPrefix + "DATETIME_PRECISION", Integer.class)) + " ARRAY";
    }
    return compose(dataType,
        row.getObject(prefix + "CHARACTER_MAXIMUM_LENGTH", Long.class),
        row.getObject(prefix + "NUMERIC_PRECISION", Integer.class),
        row.getObject(prefix + "NUMERIC_SCALE", Integer.class),
        row.getObject(prefix + "DATETIME_PRECISION", Integer.class));
  }

  static String compose(String dataType, Long length, Integer precision, Integer scale,
      Integer datetimePrecision) {
    switch (dataType) {
      case "CHARACTER", "CHARACTER VARYING", "VARCHAR_IGNORECASE", "BINARY", "BINARY VARYING":
        return length == null ? dataType : dataType + "(" + length + ")";
      case "NUMERIC":
        if (precision == null) {
          return dataType;
        }
        return scale == null ? "NUMERIC(" + precision + ")" : "NUMERIC(" + precision + "," + scale + ")";
      case "TIME", "TIMESTAMP":
        return datetimePrecision == null ? dataType : dataType + "(" + datetimePrecision + ")";
      case "TIME WITH TIME ZONE", "TIMESTAMP WITH TIME ZONE":
        if (datetimePrecision == null) {
          return dataType;
        }
        String base = dataType.substring(0, dataType.indexOf(' '));
        return base + "(" + datetimePrecision + ") WITH TIME ZONE";
      default:
        return dataType;
    }
  }
}
