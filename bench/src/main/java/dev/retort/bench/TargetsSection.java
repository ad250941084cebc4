package dev.retort.bench;

import static dev.retort.bench.Peers.LAUNCHER;
import static dev.retort.bench.Peers.PYTHON;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The targets of issue 10, each next to the figure of this run that decides it, with pass or fail. A target
 * whose figure this run did not measure says so; one whose run failed fails.
 */
final class TargetsSection {
  private static final String AUTOGEN = "autogen";

  private final Samples samples;
  private final MarkdownTable table = new MarkdownTable("target", "measured", "");

  private TargetsSection(Samples samples) {
    this.samples = samples;
  }

  static String render(Samples samples) {
    TargetsSection section = new TargetsSection(samples);
    section.autogenRatio(100, "hibernate-validator", LAUNCHER, 0.75, "Hibernate's validator, same JVM flags");
    section.autogenRatio(100, "alembic", PYTHON, 0.5, "Alembic");
    section.autogenRatio(1000, "hibernate-validator", LAUNCHER, 0.8, "Hibernate's validator, same JVM flags");
    for (String db : List.of("postgresql", "mariadb")) {
      section.applyOverhead(db, 1.0);
    }
    for (String db : List.of("postgresql", "mariadb")) {
      section.current(db, 0.35);
    }
    section.memory(100, 120);
    section.memory(1000, 250);
    section.growth(100, 1000, 3000, 1.25);
    section.endToEnd(3000);
    return "### Targets (issue 10), decided by this run\n\n" + section.table;
  }

  private void autogenRatio(int size, String peer, String flags, double limit, String name) {
    String target = String.format(Locale.ROOT, "no-op autogen, %d entities: ≤ %.2f× %s", size, limit, name);
    Figure retort = samples.figure(AUTOGEN, "postgresql", size, "retort", LAUNCHER);
    Figure other = samples.figure(AUTOGEN, "postgresql", size, peer, flags);
    if (!retort.measured() || !other.measured()) {
      verdict(target, retort.measured() ? other : retort);
      return;
    }
    double ratio = retort.medianSeconds() / other.medianSeconds();
    table.row(target, String.format(Locale.ROOT, "%s (%.2f s against %.2f s)", Peers.ratio(ratio),
        retort.medianSeconds(), other.medianSeconds()), pass(ratio <= limit));
  }

  private void applyOverhead(String db, double limitMs) {
    String target = String.format(Locale.ROOT, "apply, %s: ≤ %.1f ms per migration over the same DDL run directly",
        ApplySection.name(db), limitMs);
    OptionalDouble over = samples.has(ApplySection.BENCH)
        ? ApplySection.overhead(samples, db, "retort", LAUNCHER) : OptionalDouble.empty();
    if (over.isEmpty()) {
      table.row(target, "not measured", "");
      return;
    }
    table.row(target, String.format(Locale.ROOT, "%.2f ms", over.getAsDouble()), pass(over.getAsDouble() <= limitMs));
  }

  private void current(String db, double limitSeconds) {
    String target = String.format(Locale.ROOT, "`retort current`, %s, up to date: ≤ %.2f s", ApplySection.name(db),
        limitSeconds);
    if (!samples.has(CurrentSection.BENCH)) {
      table.row(target, "not measured", "");
      return;
    }
    int count = samples.sizes(CurrentSection.BENCH).get(0);
    Figure figure = samples.figure(CurrentSection.BENCH, db, count, "retort", LAUNCHER);
    if (!figure.measured()) {
      verdict(target, figure);
      return;
    }
    table.row(target + String.format(Locale.ROOT, " (%d migrations)", count), Peers.seconds(figure.medianSeconds()),
        pass(figure.medianSeconds() <= limitSeconds));
  }

  private void memory(int size, double limitMb) {
    String target = String.format(Locale.ROOT, "peak memory, no-op autogen, %d entities: ≤ %.0f MB", size, limitMb);
    Figure figure = samples.figure(AUTOGEN, "postgresql", size, "retort", LAUNCHER);
    if (!figure.measured()) {
      verdict(target, figure);
      return;
    }
    table.row(target, String.format(Locale.ROOT, "%.0f MB", figure.medianRssMb()),
        pass(figure.medianRssMb() <= limitMb));
  }

  /**
   * Linear growth: an entity added between the middle and the largest size costs at most {@code slack} times
   * one added between the smallest and the middle.
   */
  private void growth(int small, int middle, int large, double slack) {
    String target = String.format(Locale.ROOT, "no-op autogen grows linearly, %d → %d → %d entities (ms per added "
        + "entity above %d at most %.2f× that below)", small, middle, large, middle, slack);
    Figure a = samples.figure(AUTOGEN, "postgresql", small, "retort", LAUNCHER);
    Figure b = samples.figure(AUTOGEN, "postgresql", middle, "retort", LAUNCHER);
    Figure c = samples.figure(AUTOGEN, "postgresql", large, "retort", LAUNCHER);
    for (Figure f : List.of(a, b, c)) {
      if (!f.measured()) {
        verdict(target, f);
        return;
      }
    }
    double below = (b.medianSeconds() - a.medianSeconds()) * 1000 / (middle - small);
    double above = (c.medianSeconds() - b.medianSeconds()) * 1000 / (large - middle);
    table.row(target, String.format(Locale.ROOT, "%.2f ms then %.2f ms per entity (%s)", below, above,
        Peers.ratio(above / below)), pass(above <= below * slack));
  }

  private void endToEnd(int size) {
    String target = String.format(Locale.ROOT, "%d entities end to end: initial migration, upgrade, no-op autogen",
        size);
    if (!samples.has(InitialSection.BENCH) || !samples.sizes(InitialSection.BENCH).contains(size)) {
      table.row(target, "not measured", "");
      return;
    }
    boolean works = InitialSection.works(samples, size);
    table.row(target, works ? "works" : "fails (see the end-to-end table)", pass(works));
  }

  private void verdict(String target, Figure missing) {
    table.row(target, missing.failureCell(), missing.failure() == null ? "" : "**fail**");
  }

  private static String pass(boolean pass) {
    return pass ? "pass" : "**fail**";
  }
}
