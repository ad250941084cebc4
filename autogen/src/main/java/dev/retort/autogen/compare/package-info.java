/**
 * Compares the schema the entities want with the schema the database has and produces the schema
 * operations between them, in an order every database accepts. One class per kind of object, as in
 * Alembic's {@code autogenerate/compare}. Constraints and indexes are matched by meaning, never by name.
 */
package dev.retort.autogen.compare;
