package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.MigrationListener;
import dev.retort.engine.Retort;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.SettingNames;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.runtime.Step;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import dev.retort.spring.app.Application;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** The application's migrations run at start-up, before Hibernate, with Retort's guarantees. */
class RetortAutoConfigurationTest {
  private static final String APP_MIGRATIONS = "dev.retort.spring.app.migrations";

  /** An application with a data source, JPA validating its schema, and Retort. */
  private static ApplicationContextRunner application(TestDatabase db) {
    return withDefaultDdlAuto(db).withPropertyValues("spring.jpa.hibernate.ddl-auto=validate");
  }

  /** The same, with Spring Boot's default {@code ddl-auto}. */
  private static ApplicationContextRunner withDefaultDdlAuto(TestDatabase db) {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
            HibernateJpaAutoConfiguration.class, RetortAutoConfiguration.class))
        .withUserConfiguration(Application.class)
        .withPropertyValues("spring.datasource.url=" + db.url(), "spring.datasource.username=" + db.user(),
            "spring.datasource.password=" + db.password(),
            // no connection pool on the test class path
            "spring.datasource.type=org.springframework.jdbc.datasource.SimpleDriverDataSource",
            "retort.migrations-package=" + APP_MIGRATIONS);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void migratesBeforeTheEntityManagerFactoryValidatesTheSchema(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      List<String> heard = new ArrayList<>();
      application(db).withBean(MigrationListener.class, () -> recording(heard))
          .run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(EntityManagerFactory.class);
            assertThat(heard).containsExactly("UPGRADE cust00000001", "UPGRADE cust00000002");
          });
      assertThat(tables(db)).containsExactly("customer", "note", "retort_version");
      // a second start finds the database at head and applies nothing
      heard.clear();
      application(db).withBean(MigrationListener.class, () -> recording(heard))
          .run(context -> assertThat(context).hasNotFailed());
      assertThat(heard).isEmpty();
      assertThat(retort(db, APP_MIGRATIONS).current()).containsExactly("cust00000002");
    }
  }

  @Test
  void withoutRetortTheSameApplicationFailsHibernatesValidation() throws Exception {
    // the control for the test above: the schema exists only because Retort ran first
    try (TestDatabase db = TestDatabase.create(DatabaseKind.H2)) {
      application(db).withPropertyValues("retort.enabled=false").run(context -> {
        assertThat(context).hasFailed();
        assertThat(context.getStartupFailure()).rootCause()
            .hasMessage("Schema validation: missing table [customer]");
      });
    }
  }

  @Test
  void hibernateLeavesAnEmbeddedDatabaseRetortManagesAlone() throws Exception {
    // Spring Boot's default for an embedded database is create-drop, unless something manages its schema
    try (TestDatabase db = TestDatabase.create(DatabaseKind.H2)) {
      withDefaultDdlAuto(db).run(context -> assertThat(context).hasNotFailed());
      assertThat(tables(db)).containsExactly("customer", "note", "retort_version");
      withDefaultDdlAuto(db).withPropertyValues("retort.enabled=false")
          .run(context -> assertThat(context).hasNotFailed());
      assertThat(tables(db)).containsExactly("note", "retort_version");
    }
  }

  @Test
  void disabledAppliesNothing() throws Exception {
    try (TestDatabase db = TestDatabase.create(DatabaseKind.H2)) {
      application(db).withPropertyValues("retort.enabled=false", "spring.jpa.hibernate.ddl-auto=none")
          .run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(RetortMigrationInitializer.class);
          });
      assertThat(tables(db)).isEmpty();
    }
  }

  @Test
  void withoutADataSourceTheAutoConfigurationBacksOff() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(RetortAutoConfiguration.class))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(RetortMigrationInitializer.class)
            .doesNotHaveBean(RetortProperties.class));
  }

  @Test
  void propertiesHaveTheirDocumentedDefaultsAndHideThePassword() {
    assertThat(bind(Map.of())).hasToString("RetortProperties[enabled=true, migrationsPackage=migrations,"
        + " target=head, lockTimeout=PT1M, url=null, user=, connectTimeout=PT10S, readTimeout=PT1M]");
    RetortProperties given = bind(Map.of("retort.enabled", "false", "retort.migrations-package", "com.app.db",
        "retort.target", "+1", "retort.lock-timeout", "0", "retort.url", "jdbc:h2:mem:x", "retort.user", "owner",
        "retort.password", "secret", "retort.connect-timeout", "3s", "retort.read-timeout", "0"));
    assertThat(given).hasToString("RetortProperties[enabled=false, migrationsPackage=com.app.db, target=+1,"
        + " lockTimeout=PT0S, url=jdbc:h2:mem:x, user=owner, connectTimeout=PT3S, readTimeout=PT0S]");
    assertThat(given.password()).isEqualTo("secret");
  }

  private static RetortProperties bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("retort", RetortProperties.class);
  }

  @Test
  void aTargetStopsThere() throws Exception {
    try (TestDatabase db = TestDatabase.create(DatabaseKind.H2)) {
      application(db).withPropertyValues("retort.target=cust00000001")
          .run(context -> assertThat(context).hasNotFailed());
      assertThat(tables(db)).containsExactly("customer", "retort_version");
    }
  }

  @Test
  void aFailingMigrationStopsTheApplicationWithRetortsMessage() throws Exception {
    try (TestDatabase db = TestDatabase.create(DatabaseKind.H2)) {
      application(db).withPropertyValues("retort.migrations-package=dev.retort.spring.failing").run(context -> {
        assertThat(context).hasFailed();
        FailureAnalysis analysis = new RetortFailureAnalyzer().analyze(context.getStartupFailure());
        assertThat(analysis.getDescription()).isEqualTo("Migration fail00000002 (V2Broken) failed at statement"
            + " 1 of 1 on H2: INSERT INTO no_such_table VALUES (1): Table \"NO_SUCH_TABLE\" not found; SQL"
            + " statement:\nINSERT INTO no_such_table VALUES (1) [42102-252]. Nothing of it ran; the database is"
            + " still at cust00000001. Fix the migration or the data, then rerun.");
        assertThat(analysis.getAction()).isEqualTo("Fix the migration the description names (or the data it"
            + " ran on), rebuild and restart the application: the next start applies it again. To start the"
            + " application without migrating, set retort.enabled=false.");
        assertThat(((RetortException) analysis.getCause()).code()).isEqualTo(ErrorCode.MIGRATION_FAILED);
      });
      // the first migration stays applied, the failed one left nothing behind
      assertThat(retort(db, "dev.retort.spring.failing").current()).containsExactly("cust00000001");
    }
  }

  @Test
  void aMigrationChangedSinceItRanStopsTheApplication() throws Exception {
    try (TestDatabase db = TestDatabase.create(DatabaseKind.H2)) {
      retort(db, APP_MIGRATIONS).upgrade("cust00000001");
      application(db).withPropertyValues("retort.migrations-package=dev.retort.spring.changed").run(context -> {
        assertThat(context).hasFailed();
        FailureAnalysis analysis = new RetortFailureAnalyzer().analyze(context.getStartupFailure());
        assertThat(analysis.getDescription()).isEqualTo("Applied migration(s) cust00000001 (V1Customer) changed"
            + " since they ran: their operations differ from what the database recorded. Nothing was changed."
            + " Restore them as they were applied, or, if the change is deliberate and the database already"
            + " matches it, run `retort accept cust00000001` to record the new checksums.");
        assertThat(analysis.getAction()).isEqualTo("Restore the applied migration as it was, or record its new"
            + " checksum with `retort accept`, then restart the application. To start the application without"
            + " migrating, set retort.enabled=false.");
      });
      assertThat(retort(db, APP_MIGRATIONS).current()).containsExactly("cust00000001");
    }
  }

  @Test
  void aPackageWithoutMigrationsStopsTheApplication() throws Exception {
    try (TestDatabase db = TestDatabase.create(DatabaseKind.H2)) {
      application(db).withPropertyValues("retort.migrations-package=com.example.none").run(context -> {
        FailureAnalysis analysis = new RetortFailureAnalyzer().analyze(context.getStartupFailure());
        assertThat(analysis.getDescription()).isEqualTo("No migrations were found in package com.example.none"
            + " on the application's class path. Nothing was changed. Set retort.migrations-package to the"
            + " package the migrations are compiled into, or set retort.enabled=false to start without"
            + " migrating.");
      });
      assertThat(tables(db)).isEmpty();
    }
  }

  @Test
  void aSeparateUrlIsMigratedInsteadOfTheDataSource() throws Exception {
    try (TestDatabase app = TestDatabase.create(DatabaseKind.H2);
        TestDatabase other = TestDatabase.create(DatabaseKind.H2)) {
      application(app).withPropertyValues("spring.jpa.hibernate.ddl-auto=none", "retort.url=" + other.url(),
          "retort.user=" + other.user(), "retort.password=" + other.password())
          .run(context -> assertThat(context).hasNotFailed());
      assertThat(tables(app)).isEmpty();
      assertThat(tables(other)).containsExactly("customer", "note", "retort_version");
    }
  }

  @Test
  void aMessageNamesTheApplicationsOwnSettings() throws Exception {
    try (TestDatabase app = TestDatabase.create(DatabaseKind.H2);
        TestDatabase other = TestDatabase.create(DatabaseKind.H2)) {
      application(app).withPropertyValues("retort.url=" + other.url(), "retort.user=" + other.user(),
          "retort.password=wrong-7Kq").run(context -> {
            FailureAnalysis analysis = new RetortFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).startsWith("The database at " + other.url() + " as user '"
                + other.user() + "' refused the credentials: ")
                .endsWith(". Nothing was changed. Check retort.user and retort.password.")
                .doesNotContain("wrong-7Kq");
          });
      assertThat(tables(app)).isEmpty();
    }
  }

  @Test
  void settingsAreNamedAsTheApplicationGivesThem() {
    SettingNames throughDataSource = new SpringSettingNames(true);
    assertThat(throughDataSource.settings("user", "password"))
        .isEqualTo("spring.datasource.username and spring.datasource.password");
    assertThat(throughDataSource.setting("url")).isEqualTo("spring.datasource.url");
    assertThat(throughDataSource.setting("lock.timeout")).isEqualTo("retort.lock-timeout");
    assertThat(throughDataSource.setting("read.timeout")).isEqualTo("retort.read-timeout");
    assertThat(throughDataSource.setting("migrations.dir")).isEqualTo("retort.migrations-package");
    SettingNames ownUrl = new SpringSettingNames(false);
    assertThat(ownUrl.settings("url", "user", "password")).isEqualTo("retort.url, retort.user and retort.password");
    assertThat(ownUrl.setting("connect.timeout")).isEqualTo("retort.connect-timeout");
  }

  @Test
  void theFailureAnalyzerAndTheDetectorAreRegistered() {
    SpringFactoriesLoader factories = SpringFactoriesLoader.forDefaultResourceLocation();
    // Spring Boot's own analyzers need a bean factory to be made; only ours matters here
    SpringFactoriesLoader.FailureHandler skip = SpringFactoriesLoader.FailureHandler.handleMessage((m, e) -> {});
    assertThat(factories.load(FailureAnalyzer.class, null, skip)).anyMatch(RetortFailureAnalyzer.class::isInstance);
    assertThat(factories.load(DatabaseInitializerDetector.class, null, skip))
        .anyMatch(RetortInitializerDetector.class::isInstance);
  }

  /** An application's listener bean, writing down each migration it hears of. */
  private static MigrationListener recording(List<String> heard) {
    return new MigrationListener() {
      @Override
      public void migrationStarting(Step step) {
        heard.add(step.direction() + " " + step.id());
      }
    };
  }

  private static Retort retort(TestDatabase db, String migrationsPackage) {
    return Retort.configure().url(db.url()).user(db.user()).password(db.password())
        .migrationsPackage(migrationsPackage).load();
  }

  /** The tables of the database's default schema, lower case, sorted. */
  private static TreeSet<String> tables(TestDatabase db) throws Exception {
    TreeSet<String> tables = new TreeSet<>();
    try (Connection connection = db.connect();
        ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
            new String[] {"TABLE"})) {
      while (rs.next()) {
        tables.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
      }
    }
    return tables;
  }
}
