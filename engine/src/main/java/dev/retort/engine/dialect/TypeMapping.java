package dev.retort.engine.dialect;

import dev.retort.engine.schema.ColumnType;

/** One database's spelling of types, in both directions. */
interface TypeMapping {
  String sql(ColumnType type);

  ColumnType parse(String sqlType);
}
