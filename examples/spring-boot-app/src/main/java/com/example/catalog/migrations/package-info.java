/**
 * The catalog's migrations, written by {@code mvn retort:autogen} and reviewed like any other code. The
 * application applies them at start-up ({@code retort.migrations-package} in {@code application.properties}).
 */
package com.example.catalog.migrations;
