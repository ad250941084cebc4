/**
 * The real-world corpus: published open-source JPA models, each checked on every database against
 * Hibernate's own export and against the schema its project ships. Tests only.
 */
package dev.retort.corpus;
