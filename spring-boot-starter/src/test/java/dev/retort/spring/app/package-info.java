/** A small application: one entity whose table only its migration creates. */
package dev.retort.spring.app;
