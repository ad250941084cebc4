/**
 * Entities to schema model: takes the classes and mapping files {@link dev.retort.autogen.discovery} found,
 * builds Hibernate's mapping metadata offline (with Bean Validation's DDL constraints applied as Hibernate
 * applies them) and reads the tables Hibernate would export into a
 * {@link dev.retort.engine.schema.SchemaModel}. JPA rules are never re-derived here: every table, column, key
 * and index comes from Hibernate's {@code org.hibernate.mapping} model.
 */
package dev.retort.autogen.entity;
