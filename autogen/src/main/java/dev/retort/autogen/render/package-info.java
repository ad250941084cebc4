/**
 * Writes schema operations as a readable Java migration class with JavaPoet: one statement per operation,
 * static-imported DSL factories, a {@code // DESTRUCTIVE:} comment on what loses data, deterministic text.
 */
package dev.retort.autogen.render;
