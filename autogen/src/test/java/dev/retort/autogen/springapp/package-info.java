/** Entities of a Spring Boot application, named only by their Java names: Spring's naming decides. */
package dev.retort.autogen.springapp;
