/**
 * Autogenerate: entities (through Hibernate's metadata) and the live database are both reduced to a
 * {@link dev.retort.engine.schema.SchemaModel}, compared into schema operations, and rendered as a Java
 * migration class. {@link dev.retort.autogen.Autogenerator} and {@link dev.retort.autogen.MigrationWriter}
 * are the entry points.
 */
package dev.retort.autogen;
