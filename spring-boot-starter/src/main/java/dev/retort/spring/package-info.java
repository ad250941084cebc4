/**
 * Spring Boot auto-configuration that applies the migrations compiled into an application at start-up,
 * before the {@code EntityManagerFactory} (or any other bean that uses the database) is created.
 */
package dev.retort.spring;
