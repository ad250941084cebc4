/**
 * Entities to schema model: takes the classes and mapping files {@link dev.retort.autogen.discovery} found,
 * builds Hibernate's mapping metadata offline (with Bean Validation's DDL constraints applied as Hibernate
 * applies them) and reads the tables Hibernate would export into a
 * {@link dev.retort.engine.schema.SchemaModel}. JPA rules are never re-derived here: every table, column, key
 * and index comes from Hibernate's {@code org.hibernate.mapping} model. Hibernate reads them with the settings
 * the application runs with: a Spring Boot application's naming strategies and {@code application.properties}
 * ({@link dev.retort.autogen.entity.SpringNaming}), under the project's own {@code hibernate.*} keys.
 */
package dev.retort.autogen.entity;
