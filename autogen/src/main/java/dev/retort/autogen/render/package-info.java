/**
 * Writes schema operations as a readable Java migration class with JavaPoet: one statement per operation,
 * static-imported DSL factories, a {@code // DESTRUCTIVE:} comment on what loses data, deterministic text. A
 * body too large for one method is cut into methods named for what they do, called in order.
 */
package dev.retort.autogen.render;
