/**
 * A small package index (packages, releases, users, maintainers, licences, languages, downloads) mapped with
 * Jakarta Persistence and Bean Validation only. The quick start, the demo and the tests autogenerate from it.
 */
package dev.retort.sample;
