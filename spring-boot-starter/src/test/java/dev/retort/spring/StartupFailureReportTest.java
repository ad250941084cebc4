package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.engine.error.RetortException;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/** A real start-up, with every auto-configuration on the class path, as an application runs. */
class StartupFailureReportTest {
  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class App {}

  private static ConfigurableApplicationContext start(TestDatabase db, String migrations) {
    SpringApplication application = new SpringApplication(App.class);
    application.setWebApplicationType(WebApplicationType.NONE);
    return application.run("--spring.main.banner-mode=off", "--spring.datasource.url=" + db.url(),
        "--spring.datasource.username=" + db.user(), "--spring.datasource.password=" + db.password(),
        "--spring.datasource.type=org.springframework.jdbc.datasource.SimpleDriverDataSource",
        "--spring.jpa.hibernate.ddl-auto=validate", "--retort.migrations-package=" + migrations);
  }

  @Test
  void theApplicationStartsOnTheMigratedSchema() throws Exception {
    try (TestDatabase db = TestDatabase.create(DatabaseKind.H2);
        ConfigurableApplicationContext context = start(db, "dev.retort.spring.app.migrations")) {
      assertThat(context.getBean(RetortMigrationInitializer.class)).isNotNull();
    }
  }

  @Test
  void aFailedMigrationIsReportedWithRetortsMessage() throws Exception {
    RecordingFailureAnalysisReporter.REPORTED.clear();
    try (TestDatabase db = TestDatabase.create(DatabaseKind.H2)) {
      assertThatThrownBy(() -> start(db, "dev.retort.spring.failing"));
      assertThat(RecordingFailureAnalysisReporter.REPORTED).hasSize(1);
      FailureAnalysis analysis = RecordingFailureAnalysisReporter.REPORTED.get(0);
      assertThat(analysis.getDescription()).isEqualTo("Migration fail00000002 (V2Broken) failed at statement"
          + " 1 of 1 on H2: INSERT INTO no_such_table VALUES (1): Table \"NO_SUCH_TABLE\" not found; SQL"
          + " statement:\nINSERT INTO no_such_table VALUES (1) [42102-252]. Nothing of it ran; the database is"
          + " still at cust00000001. Fix the migration or the data, then rerun.");
      assertThat(analysis.getAction()).isEqualTo(RetortFailureAnalyzer.action(
          (RetortException) analysis.getCause()));
    }
  }
}
