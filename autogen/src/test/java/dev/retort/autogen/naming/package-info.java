/** Entities named only by their Java names, for a physical naming strategy to turn into snake_case. */
package dev.retort.autogen.naming;
