package dev.retort.bench;

import static dev.retort.bench.Peers.LAUNCHER;

import java.util.Locale;

/** The whole loop once per size, from an empty database: whether it works, and how long each step takes. */
final class InitialSection {
  static final String BENCH = "initial";

  private InitialSection() {}

  static String render(Samples samples) {
    if (!samples.has(BENCH)) {
      return "";
    }
    MarkdownTable table = new MarkdownTable("entities", "autogen, empty database", "upgrade head",
        "autogen again (must find nothing)");
    for (int size : samples.sizes(BENCH)) {
      table.row(String.valueOf(size), cell(samples, size, "autogen-empty"), cell(samples, size, "upgrade"),
          cell(samples, size, "autogen-again"));
    }
    return "### The initial migration end to end, PostgreSQL (one run each, launcher's flags)\n\n" + table;
  }

  static boolean works(Samples samples, int size) {
    return samples.figure(BENCH, "postgresql", size, "autogen-empty", LAUNCHER).measured()
        && samples.figure(BENCH, "postgresql", size, "upgrade", LAUNCHER).measured()
        && samples.figure(BENCH, "postgresql", size, "autogen-again", LAUNCHER).measured();
  }

  private static String cell(Samples samples, int size, String step) {
    Figure figure = samples.figure(BENCH, "postgresql", size, step, LAUNCHER);
    if (!figure.measured()) {
      return figure.failureCell();
    }
    return String.format(Locale.ROOT, "%.2f s, %.0f MB", figure.medianSeconds(), figure.medianRssMb());
  }
}
