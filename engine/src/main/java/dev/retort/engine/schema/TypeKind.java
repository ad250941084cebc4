package dev.retort.engine.schema;

/** Portable column type families; {@link #OTHER} carries a vendor type name verbatim. */
public enum TypeKind {
  BOOLEAN,
  TINYINT,
  SMALLINT,
  INTEGER,
  BIGINT,
  REAL,
  DOUBLE,
  NUMERIC,
  CHAR,
  VARCHAR,
  /** Unbounded character data: {@code text} on PostgreSQL, {@code clob} on H2, {@code longtext} on MariaDB. */
  TEXT,
  DATE,
  TIME,
  TIMESTAMP,
  TIMESTAMP_TZ,
  UUID,
  BINARY,
  VARBINARY,
  /** Unbounded binary data: {@code bytea}, {@code blob}, {@code longblob}. */
  BLOB,
  JSON,
  /**
   * A Java enum mapped by name: {@code enum('A','B')} on H2 and MariaDB, {@code varchar(n)} with a CHECK
   * of the values on PostgreSQL.
   */
  ENUM,
  OTHER;

  /** True for kinds whose size is a length (characters or bytes). */
  public boolean hasLength() {
    return this == CHAR || this == VARCHAR || this == BINARY || this == VARBINARY || this == ENUM;
  }

  /** True for kinds whose size is a fractional-seconds precision. */
  public boolean hasFractionalSeconds() {
    return this == TIME || this == TIMESTAMP || this == TIMESTAMP_TZ;
  }
}
