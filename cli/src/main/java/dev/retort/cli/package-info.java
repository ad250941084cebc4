/**
 * The {@code retort} command line: one small class per subcommand, shared options as a mixin, settings
 * resolved option > environment > retort.properties > default, and every failure printed as a paragraph
 * with its own exit code.
 */
package dev.retort.cli;
