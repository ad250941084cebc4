package dev.retort.autogen;

import java.nio.file.Path;

/**
 * A migration source file that was written.
 *
 * @param file where it was written
 * @param className its fully qualified class name
 * @param revisionId its revision id
 */
public record GeneratedMigration(Path file, String className, String revisionId) {}
