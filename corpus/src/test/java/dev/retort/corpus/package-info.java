/**
 * The real-world corpus: published open-source JPA models, each checked on every database it runs on
 * against Hibernate's own export and, where its project ships one, against that schema. Tests only.
 */
package dev.retort.corpus;
