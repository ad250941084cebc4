/**
 * The immutable revision graph: ids, parents, heads and bases, validated on construction, and the target
 * expressions users type ({@code head}, {@code base}, id prefixes, {@code +N}, {@code -N}).
 */
package dev.retort.engine.revision;
