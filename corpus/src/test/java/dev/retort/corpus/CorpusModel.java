package dev.retort.corpus;

import dev.retort.engine.testing.DatabaseKind;
import java.util.List;
import java.util.Map;

/**
 * A published JPA domain model: the mapped classes as its project lists them, and the Hibernate settings
 * the project runs them with, and the session settings its connections take on some databases (Keycloak's
 * {@code NON_KEYWORDS=VALUE} on H2), which Hibernate's export and the project's own scripts need.
 */
record CorpusModel(String name, List<Class<?>> classes, Map<String, String> settings,
    Map<DatabaseKind, List<String>> sessionSql) {
  CorpusModel {
    classes = List.copyOf(classes);
    settings = Map.copyOf(settings);
    sessionSql = Map.copyOf(sessionSql);
  }

  CorpusModel(String name, List<Class<?>> classes, Map<String, String> settings) {
    this(name, classes, settings, Map.of());
  }
}
