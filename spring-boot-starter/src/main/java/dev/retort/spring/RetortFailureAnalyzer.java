package dev.retort.spring;

import dev.retort.engine.error.RetortException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a start-up that failed on Retort into Spring Boot's failure report: Retort's one-paragraph message
 * as the description, and the setting to change as the action, instead of a stack trace. Registered in
 * {@code META-INF/spring.factories}.
 */
final class RetortFailureAnalyzer extends AbstractFailureAnalyzer<RetortException> {
  private static final String OFF = " To start the application without migrating, set retort.enabled=false.";

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, RetortException cause) {
    return new FailureAnalysis(cause.getMessage(), action(cause), cause);
  }

  static String action(RetortException failure) {
    return switch (failure.code()) {
      case MIGRATION_FAILED -> "Fix the migration the description names (or the data it ran on), rebuild and"
          + " restart the application: the next start applies it again." + OFF;
      case CHECKSUM_MISMATCH -> "Restore the applied migration as it was, or record its new checksum with"
          + " `retort accept`, then restart the application." + OFF;
      case LOCK_TIMEOUT -> "Wait for the other run to finish, or raise retort.lock-timeout, then restart the"
          + " application.";
      case MIGRATIONS_MISSING, MIGRATION_INVALID, REVISION_GRAPH_INVALID -> "Check retort.migrations-package and"
          + " that the migrations are compiled into the application, then restart it." + OFF;
      case UNKNOWN_REVISION, MULTIPLE_HEADS -> "Set retort.target to a revision the migrations have (default"
          + " head), then restart the application.";
      case DATABASE_UNREACHABLE, AUTHENTICATION_FAILED, DATABASE_TIMEOUT, DATABASE_ERROR -> "Check the database"
          + " and the connection settings (spring.datasource.*, or retort.url, retort.user and"
          + " retort.password), then restart the application.";
      default -> "Follow the step the description names, then restart the application." + OFF;
    };
  }
}
