/** Migrations as an application compiles them, for {@link dev.retort.engine.RetortTest}. */
package dev.retort.engine.appmigrations;
