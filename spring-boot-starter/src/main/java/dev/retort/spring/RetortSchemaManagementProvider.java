package dev.retort.spring;

import javax.sql.DataSource;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Tells Spring Boot that Retort manages the schema of the data source it migrates, so Hibernate's default
 * {@code ddl-auto} for an embedded database is {@code none} instead of {@code create-drop}.
 */
final class RetortSchemaManagementProvider implements SchemaManagementProvider {
  private final DataSource migrated;

  /** @param migrated the data source Retort migrates, or null when it migrates a URL of its own */
  RetortSchemaManagementProvider(DataSource migrated) {
    this.migrated = migrated;
  }

  @Override
  public SchemaManagement getSchemaManagement(DataSource dataSource) {
    return migrated != null && migrated.equals(dataSource) ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
  }
}
