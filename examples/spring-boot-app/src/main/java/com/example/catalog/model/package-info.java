/**
 * The catalog's entities. Retort reads them (with Spring Boot's naming, from {@code application.properties})
 * to generate the migrations in {@code com.example.catalog.migrations}.
 */
package com.example.catalog.model;
