/**
 * The schema model both sides of a comparison are reduced to: tables, columns, keys, indexes, sequences.
 * Immutable records with canonical (dialect-normalised) names; no JDBC, no Hibernate.
 */
package dev.retort.engine.schema;
