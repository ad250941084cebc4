package dev.retort.autogen.entity;

import dev.retort.engine.dialect.SqlDialect;

/** Hibernate's dialect class for each of ours. */
final class HibernateDialects {
  private HibernateDialects() {}

  static String className(SqlDialect dialect) {
    return switch (dialect.name()) {
      case "PostgreSQL" -> "org.hibernate.dialect.PostgreSQLDialect";
      case "H2" -> "org.hibernate.dialect.H2Dialect";
      case "MariaDB" -> "org.hibernate.dialect.MariaDBDialect";
      default -> throw new IllegalArgumentException("no Hibernate dialect for " + dialect.name());
    };
  }
}
