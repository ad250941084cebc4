/**
 * What migration classes see: {@link dev.retort.engine.migration.Migration}, the
 * {@link dev.retort.engine.migration.Revision} annotation, the recording {@link dev.retort.engine.migration.Ops}
 * and the static factories in {@link dev.retort.engine.migration.Dsl}. Generated code compiles against this
 * package alone.
 */
package dev.retort.engine.migration;
