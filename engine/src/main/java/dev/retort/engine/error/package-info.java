/** The one exception family, with an error code per kind of failure that the CLI maps to an exit code. */
package dev.retort.engine.error;
