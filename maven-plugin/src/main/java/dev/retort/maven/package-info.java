/**
 * The {@code retort} Maven plugin: one small Mojo per goal that reads its parameters ({@code -Dretort.*}, then
 * the plugin's {@code <configuration>}), hands them to the same settings resolution, project and flows as the
 * command line ({@link dev.retort.project}), prints to Maven's log and turns Retort's failures into build
 * failures carrying Retort's message.
 */
package dev.retort.maven;
