package dev.retort.spring;

import dev.retort.engine.Retort;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.runtime.MigrationResult;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.beans.factory.InitializingBean;

/**
 * Applies the application's migrations when the bean is initialised. Spring Boot's database initialization
 * ordering (see {@link RetortInitializerDetector}) creates this bean before the {@code EntityManagerFactory},
 * so Hibernate starts on the migrated schema. A failure is thrown as Retort's {@link RetortException}, which
 * stops the application with Retort's message (see {@link RetortFailureAnalyzer}).
 */
public final class RetortMigrationInitializer implements InitializingBean {
  private static final System.Logger LOG = System.getLogger("dev.retort");

  private final Supplier<Retort.Configuration> configuration;
  private final String migrationsPackage;
  private final String target;

  /**
   * @param configuration the facade's configuration, made when the migration runs
   * @param migrationsPackage where the migrations are (for the messages)
   * @param target what to upgrade to
   */
  public RetortMigrationInitializer(Supplier<Retort.Configuration> configuration, String migrationsPackage,
      String target) {
    this.configuration = Objects.requireNonNull(configuration, "configuration == null");
    this.migrationsPackage = Objects.requireNonNull(migrationsPackage, "migrationsPackage == null");
    this.target = Objects.requireNonNull(target, "target == null");
  }

  @Override
  public void afterPropertiesSet() {
    Retort retort = configuration.get().load();
    if (retort.migrations().graph().revisions().isEmpty()) {
      throw new RetortException(ErrorCode.MIGRATIONS_MISSING, "No migrations were found in package "
          + migrationsPackage + " on the application's class path. Nothing was changed. Set"
          + " retort.migrations-package to the package the migrations are compiled into, or set"
          + " retort.enabled=false to start without migrating.");
    }
    MigrationResult result = retort.upgrade(target);
    String at = result.current().isEmpty() ? "base" : String.join(", ", result.current());
    LOG.log(Level.INFO, result.steps().isEmpty() ? "Database is up to date at " + at
        : "Applied " + result.steps().size() + (result.steps().size() == 1 ? " migration" : " migrations")
            + "; database now at " + at);
  }
}
