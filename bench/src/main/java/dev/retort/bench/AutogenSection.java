package dev.retort.bench;

import static dev.retort.bench.Peers.DEFAULT;
import static dev.retort.bench.Peers.LAUNCHER;
import static dev.retort.bench.Peers.PYTHON;

import java.util.List;
import java.util.Locale;

/** The no-op autogenerate figures: one table of every run, one of how cost grows with the entity count. */
final class AutogenSection {
  private static final String BENCH = "autogen";
  private static final String DB = "postgresql";
  private static final List<String> JAVA_PEERS = List.of("retort", "hibernate-validator",
      "hibernate-sessionfactory");

  private static final String HOW = """
      Each tool reads the same entities (ten columns, a unique key, an index, and a foreign key to the table \
      before, so the keys form one chain) and its own copy of one database that Hibernate's export created. \
      Retort: `java -jar cli/target/retort.jar autogen --entities ... --classpath ...`, which scans the \
      package. Hibernate: native bootstrap of the listed classes (no scan), no Bean Validation on the class \
      path, then either `SchemaManagementToolCoordinator` with `hibernate.hbm2ddl.auto=validate` and grouped \
      extraction (the validator, no SessionFactory) or a SessionFactory built with the same setting. \
      Alembic: `alembic revision --autogenerate` over SQLAlchemy declarative models of the same tables \
      (Alembic 1.8 has no `alembic check`, which came in 1.9), with `compare_type=True` and the cookbook's \
      `process_revision_directives` hook that writes no file when nothing differs; its `env.py` raises \
      Python's recursion limit, since SQLAlchemy reflects the key chain recursively and fails on the 1000-table chain \
      otherwise. Every run is checked: Retort and Alembic must report no changes, Hibernate must exit 0.""";

  private AutogenSection() {}

  static String render(Samples samples) {
    if (!samples.has(BENCH)) {
      return "";
    }
    MarkdownTable table = new MarkdownTable("entities", "tool", "JVM flags", "wall s: min / **median** / max",
        "peak RSS MB", "Retort ÷ tool");
    for (int size : samples.sizes(BENCH)) {
      for (String tool : JAVA_PEERS) {
        for (String flags : List.of(LAUNCHER, DEFAULT)) {
          Figure figure = samples.figure(BENCH, DB, size, tool, flags);
          String ratio = tool.equals("retort") ? "" : ratio(samples.figure(BENCH, DB, size, "retort", flags), figure);
          table.row(String.valueOf(size), Peers.tool(BENCH, tool), Peers.flags(flags), figure.wallCell(),
              figure.rssCell(), ratio);
        }
      }
      Figure alembic = samples.figure(BENCH, DB, size, "alembic", PYTHON);
      table.row(String.valueOf(size), Peers.tool(BENCH, "alembic"), Peers.flags(PYTHON), alembic.wallCell(),
          alembic.rssCell(), ratio(samples.figure(BENCH, DB, size, "retort", LAUNCHER), alembic) + " (launcher's), "
              + ratio(samples.figure(BENCH, DB, size, "retort", DEFAULT), alembic) + " (defaults)");
    }
    return "### No-op autogenerate, PostgreSQL (the database already matches the entities)\n\n" + HOW + "\n\n"
        + table + "\n" + growth(samples);
  }

  /** Median seconds per size, and what each added entity costs between one size and the next. */
  private static String growth(Samples samples) {
    MarkdownTable table = new MarkdownTable("entities", "Retort", "Hibernate validator", "SessionFactory",
        "Alembic");
    List<Integer> sizes = samples.sizes(BENCH);
    for (int i = 0; i < sizes.size(); i++) {
      int size = sizes.get(i);
      Integer previous = i == 0 ? null : sizes.get(i - 1);
      table.row(String.valueOf(size), growthCell(samples, size, previous, "retort", LAUNCHER),
          growthCell(samples, size, previous, "hibernate-validator", LAUNCHER),
          growthCell(samples, size, previous, "hibernate-sessionfactory", LAUNCHER),
          growthCell(samples, size, previous, "alembic", PYTHON));
    }
    return "How the cost grows (median wall time with the launcher's flags; in brackets, milliseconds per entity "
        + "added since the size above):\n\n" + table;
  }

  private static String growthCell(Samples samples, int size, Integer previous, String tool, String flags) {
    Figure figure = samples.figure(BENCH, DB, size, tool, flags);
    if (!figure.measured()) {
      return figure.failure() == null ? "" : "fails";
    }
    String cell = Peers.seconds(figure.medianSeconds());
    if (previous != null) {
      Figure before = samples.figure(BENCH, DB, previous, tool, flags);
      if (before.measured()) {
        cell += String.format(Locale.ROOT, " (%+.2f)",
            (figure.medianSeconds() - before.medianSeconds()) * 1000 / (size - previous));
      }
    }
    return cell;
  }

  static String ratio(Figure retort, Figure peer) {
    return retort.measured() && peer.measured() ? Peers.ratio(retort.medianSeconds() / peer.medianSeconds()) : "";
  }
}
