/**
 * The {@code retort} command line: one small class per subcommand declaring the option groups it uses
 * (connection, project) and mixins for the rest, the same options before the command name as the root's
 * global ones, options that make no sense refused before anything runs, settings resolved option >
 * environment > retort.properties > default, and every failure printed as a paragraph with its own exit code.
 */
package dev.retort.cli;
