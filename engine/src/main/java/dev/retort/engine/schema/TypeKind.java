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
  OTHER;

  /** True for kinds whose size is a length (characters or bytes). */
  public boolean hasLength() {
    return this == CHAR || this == VARCHAR || this == BINARY || this == VARBINARY;
  }

  /** True for kinds whose size is a fractional-seconds precision. */
  public boolean hasFractionalSeconds() {
    return this == TIME || this == TIMESTAMP || this == TIMESTAMP_TZ;
  }
}
