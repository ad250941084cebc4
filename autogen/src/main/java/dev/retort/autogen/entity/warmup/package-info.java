/** Entities Retort maps itself, to load and run Hibernate's mapping code before the application's entities. */
package dev.retort.autogen.entity.warmup;
