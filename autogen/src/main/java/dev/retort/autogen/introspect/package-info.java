/**
 * Live database to {@link dev.retort.engine.schema.SchemaModel}: one {@link
 * dev.retort.autogen.introspect.SchemaIntrospector} per database, each reading its catalog with a fixed
 * number of bulk queries (never one query per table), so introspecting a schema of 500 tables costs the
 * same round trips as one table.
 *
 * <p>Names go through {@link dev.retort.engine.dialect.SqlDialect#canonicalName}, types through {@link
 * dev.retort.engine.dialect.SqlDialect#parseType}, and defaults through {@link
 * dev.retort.autogen.introspect.DefaultExpressions}, so the comparator sees the same vocabulary as the
 * entity side. Indexes a database creates behind its own constraints are left out, and so are the sequences
 * behind identity and serial columns. Output is deterministic: tables by name, columns by position,
 * constraints, indexes and sequences by name.
 */
package dev.retort.autogen.introspect;
