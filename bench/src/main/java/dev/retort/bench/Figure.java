package dev.retort.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The measured runs of one tool on one piece of work: wall times and peak memory, or why it failed (a
 * figure with a failure has no times: a run that did not do the work says nothing about speed).
 */
record Figure(List<Long> wallMicros, List<Long> peakRssKb, String failure) {
  Figure {
    wallMicros = List.copyOf(wallMicros);
    peakRssKb = List.copyOf(peakRssKb);
  }

  static Figure failed(String why) {
    return new Figure(List.of(), List.of(), why);
  }

  boolean measured() {
    return failure == null && !wallMicros.isEmpty();
  }

  double minSeconds() {
    return Collections.min(wallMicros) / 1e6;
  }

  double maxSeconds() {
    return Collections.max(wallMicros) / 1e6;
  }

  double medianSeconds() {
    return median(wallMicros) / 1e6;
  }

  double medianRssMb() {
    return median(peakRssKb) / 1024;
  }

  /** {@code min / median / max} seconds, or the failure. */
  String wallCell() {
    if (!measured()) {
      return failureCell();
    }
    return String.format(Locale.ROOT, "%.2f / **%.2f** / %.2f", minSeconds(), medianSeconds(), maxSeconds());
  }

  String rssCell() {
    return measured() ? String.format(Locale.ROOT, "%.0f", medianRssMb()) : "";
  }

  String failureCell() {
    return failure == null ? "not measured" : "**fails**: " + failure.replace("|", "\\|");
  }

  private static double median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }
}
