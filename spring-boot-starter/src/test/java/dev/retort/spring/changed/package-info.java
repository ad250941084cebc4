/** The application's first migration, edited after it was applied. */
package dev.retort.spring.changed;
