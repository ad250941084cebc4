/** A test model with column defaults, each spelled back differently by every database. */
package dev.retort.autogen.defaults;
