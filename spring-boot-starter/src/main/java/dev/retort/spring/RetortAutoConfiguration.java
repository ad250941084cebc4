package dev.retort.spring;

import dev.retort.engine.MigrationListener;
import dev.retort.engine.Retort;
import dev.retort.engine.runtime.Timeouts;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;

/**
 * Applies the migrations compiled into the application ({@code retort.migrations-package}) to its
 * {@code DataSource} at start-up, before the {@code EntityManagerFactory} is created. Active when Retort's
 * engine is on the class path, there is a data source (or {@code retort.url}) and {@code retort.enabled} is
 * not {@code false}.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(Retort.class)
@Conditional(RetortAutoConfiguration.DataSourceAvailable.class)
@ConditionalOnBooleanProperty(name = "retort.enabled", matchIfMissing = true)
@EnableConfigurationProperties(RetortProperties.class)
// orders every bean that uses the database after the initializer, as Spring Boot does for Flyway
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class RetortAutoConfiguration {
  @Bean
  @ConditionalOnMissingBean
  RetortMigrationInitializer retortMigrationInitializer(RetortProperties properties,
      ObjectProvider<DataSource> dataSource, ObjectProvider<MigrationListener> listeners,
      ResourceLoader resourceLoader) {
    DataSource migrated = properties.url() == null ? applicationDataSource(dataSource) : null;
    ClassLoader loader = resourceLoader.getClassLoader();
    return new RetortMigrationInitializer(() -> {
      Retort.Configuration configuration = Retort.configure()
          .migrationsPackage(properties.migrationsPackage())
          .lockTimeout(properties.lockTimeout())
          .timeouts(new Timeouts(properties.connectTimeout(), properties.readTimeout(), properties.lockTimeout()))
          .settingNames(new SpringSettingNames(migrated != null));
      if (migrated != null) {
        configuration.dataSource(migrated);
      } else {
        configuration.url(properties.url()).user(properties.user()).password(properties.password());
      }
      if (loader != null) {
        configuration.classLoader(loader);
      }
      listeners.orderedStream().forEach(configuration::listener);
      return configuration;
    }, properties.migrationsPackage(), properties.target());
  }

  @Bean
  RetortSchemaManagementProvider retortSchemaManagementProvider(RetortProperties properties,
      ObjectProvider<DataSource> dataSource) {
    return new RetortSchemaManagementProvider(properties.url() == null ? dataSource.getIfUnique() : null);
  }

  private static DataSource applicationDataSource(ObjectProvider<DataSource> dataSource) {
    DataSource unique = dataSource.getIfUnique();
    if (unique == null) {
      throw new RetortException(ErrorCode.CONFIGURATION, "The application has several DataSource beans and"
          + " none is @Primary, so Retort cannot tell which one to migrate. Nothing was changed. Mark one"
          + " @Primary, or set retort.url (with retort.user and retort.password) to the database to migrate.");
    }
    return unique;
  }

  /** A data source to migrate: the application's, or one named by {@code retort.url}. */
  static final class DataSourceAvailable extends AnyNestedCondition {
    DataSourceAvailable() {
      super(ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnBean(DataSource.class)
    static final class ApplicationDataSource {}

    @ConditionalOnProperty("retort.url")
    static final class RetortUrl {}
  }
}
