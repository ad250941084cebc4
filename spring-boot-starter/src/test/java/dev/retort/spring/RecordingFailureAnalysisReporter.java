package dev.retort.spring;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/** Keeps what Spring Boot reports when an application fails to start, next to its own log report. */
public final class RecordingFailureAnalysisReporter implements FailureAnalysisReporter {
  static final List<FailureAnalysis> REPORTED = new CopyOnWriteArrayList<>();

  @Override
  public void report(FailureAnalysis analysis) {
    REPORTED.add(analysis);
  }
}
