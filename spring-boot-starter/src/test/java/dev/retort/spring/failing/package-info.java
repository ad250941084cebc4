/** Migrations whose second one fails on every database. */
package dev.retort.spring.failing;
