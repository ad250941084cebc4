/**
 * Mapping shapes whose schema Retort once got wrong against a database it did not create: composite keys
 * (an {@code @IdClass}, an {@code @EmbeddedId}, a {@code @ManyToMany} set), two element collections whose
 * unique keys Hibernate gives one name, a descending index, a non-ASCII column, defaults every database
 * spells its own way and a table name PostgreSQL cuts.
 */
package dev.retort.autogen.adopted;
