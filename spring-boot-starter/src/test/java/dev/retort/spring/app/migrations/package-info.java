/** The application's migrations, as autogenerate would write them. */
package dev.retort.spring.app.migrations;
