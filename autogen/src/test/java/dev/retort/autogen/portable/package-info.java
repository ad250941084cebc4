/**
 * A test model of every property Hibernate maps differently per database (enums, JSON, UUIDs, booleans,
 * characters, date-times, large objects), for migrations that must run unchanged on all of them.
 */
package dev.retort.autogen.portable;
