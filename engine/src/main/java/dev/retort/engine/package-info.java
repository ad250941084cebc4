/**
 * The engine's front door for applications: {@link dev.retort.engine.Retort} applies the migrations compiled
 * into an application to its data source. Depends on the JDK and JDBC only.
 */
package dev.retort.engine;
