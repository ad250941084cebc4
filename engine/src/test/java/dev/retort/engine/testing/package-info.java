/**
 * Test support shared by every module (published as the engine's test jar): throw-away databases on H2,
 * PostgreSQL and MariaDB, and golden-file assertions.
 */
package dev.retort.engine.testing;
