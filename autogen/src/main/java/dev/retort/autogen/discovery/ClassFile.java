package dev.retort.autogen.discovery;

import java.net.URL;

/**
 * The bytes of a class file as read, and the folder of the class path it was read from ({@code codeBase}),
 * null when it came from a jar or from a loader that does not say where.
 */
record ClassFile(byte[] bytes, URL codeBase) {}
