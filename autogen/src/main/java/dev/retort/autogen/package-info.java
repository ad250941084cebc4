/**
 * Autogenerate: entities (through Hibernate's metadata) and the live database are both reduced to a
 * {@link dev.retort.engine.schema.SchemaModel}, compared into schema operations, and rendered as a Java
 * migration class. {@link dev.retort.autogen.Autogenerator} and {@link dev.retort.autogen.MigrationWriter}
 * are the entry points. Without a database, {@link dev.retort.autogen.OfflineComparison} compares the entities
 * with the schema the migrations build in memory; {@link dev.retort.autogen.DriftComparison} compares that schema
 * with the live database.
 */
package dev.retort.autogen;
