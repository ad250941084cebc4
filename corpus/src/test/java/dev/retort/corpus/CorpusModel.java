package dev.retort.corpus;

import java.util.List;
import java.util.Map;

/**
 * A published JPA domain model: the mapped classes as its project lists them, and the Hibernate settings
 * the project runs them with.
 */
record CorpusModel(String name, List<Class<?>> classes, Map<String, String> settings) {
  CorpusModel {
    classes = List.copyOf(classes);
    settings = Map.copyOf(settings);
  }
}
