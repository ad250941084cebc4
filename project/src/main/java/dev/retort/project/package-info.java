/**
 * What every front end of Retort shares (the command line, the Maven plugin): settings resolved from what the
 * front end was given, then the environment, then {@code retort.properties}, then defaults; the project those
 * settings describe (its database, dialect and migrations); and the flows of the commands (autogenerate, upgrade
 * and downgrade, check online and offline, drift, current, history) printing to a plain writer and failing with a
 * {@link dev.retort.engine.error.RetortException}. A front end parses, configures, calls, prints and maps errors
 * to its host's conventions; {@link dev.retort.project.FrontEnd} is what it says about itself.
 */
package dev.retort.project;
