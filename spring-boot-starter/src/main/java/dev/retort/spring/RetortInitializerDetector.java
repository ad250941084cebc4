package dev.retort.spring;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link RetortMigrationInitializer} initialises the database, so every bean that
 * depends on database initialization (the {@code EntityManagerFactory}, {@code JdbcTemplate}, ...) is created
 * after it: the same mechanism Spring Boot's own Flyway support uses. Registered in
 * {@code META-INF/spring.factories}.
 */
final class RetortInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {
  @Override
  protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
    return Set.of(RetortMigrationInitializer.class);
  }

  /** Flyway's order: before the {@code schema.sql} / {@code data.sql} scripts, which Spring Boot runs last. */
  @Override
  public int getOrder() {
    return 1;
  }
}
