/**
 * Test support shared by every module (published as the engine's test jar): throw-away databases on H2,
 * PostgreSQL and MariaDB, golden-file assertions, and class path fixtures (sources compiled in the test, jars).
 */
package dev.retort.engine.testing;
