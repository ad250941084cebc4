/**
 * The one vocabulary of schema operations. The comparator produces them, the renderer writes them as Java,
 * the dialects turn them into SQL, and each applies to an in-memory {@link dev.retort.engine.schema.SchemaModel}.
 * Every operation knows its reverse; drops carry the full definition of what they drop.
 */
package dev.retort.engine.op;
