package dev.retort.bench;

import static dev.retort.bench.Peers.DEFAULT;
import static dev.retort.bench.Peers.LAUNCHER;
import static dev.retort.bench.Peers.PYTHON;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Applying N one-statement migrations: the wall time at the smallest and the largest N, the cost of one
 * migration more (the difference divided by the difference in N, so start-up cancels out), and what that
 * costs over running the same statements directly with the same JVM flags.
 */
final class ApplySection {
  static final String BENCH = "apply";
  private static final List<String> PEERS = List.of("retort:" + LAUNCHER, "retort:" + DEFAULT,
      "flyway:" + LAUNCHER, "flyway:" + DEFAULT, "alembic:" + PYTHON, "direct:" + LAUNCHER, "direct:" + DEFAULT);

  private static final String HOW = """
      Migration i creates table `t<i>` (a `bigint` key and a `varchar(100)`), one statement, each migration \
      in its own transaction where DDL is transactional. Retort: `retort.jar upgrade head` over Java \
      migration classes, compiled by an earlier run (the compiled classes are cached in `.retort/`, as in \
      a project). Flyway: a main calling `Flyway.configure()...migrate()` over `V<i>__create_t<i>.sql` files. \
      Alembic: `alembic upgrade head` over revision scripts calling `op.create_table`, with \
      `transaction_per_migration=True`. Direct: one JDBC process executing the statements with auto-commit. \
      Every run starts on a freshly created database and is checked for all N tables.""";

  private ApplySection() {}

  static String render(Samples samples) {
    if (!samples.has(BENCH)) {
      return "";
    }
    List<Integer> counts = samples.sizes(BENCH);
    int few = counts.get(0);
    int many = counts.get(counts.size() - 1);
    StringBuilder out = new StringBuilder();
    for (String db : samples.databases(BENCH)) {
      MarkdownTable table = new MarkdownTable("tool", "JVM flags", few + " migration(s), wall s",
          many + " migrations, wall s", "ms per migration", "over direct DDL, ms per migration",
          "peak RSS MB (" + many + ")");
      for (String peer : PEERS) {
        String tool = peer.substring(0, peer.indexOf(':'));
        String flags = peer.substring(peer.indexOf(':') + 1);
        Figure small = samples.figure(BENCH, db, few, tool, flags);
        Figure large = samples.figure(BENCH, db, many, tool, flags);
        OptionalDouble each = perMigration(samples, db, tool, flags);
        OptionalDouble over = overhead(samples, db, tool, flags);
        table.row(Peers.tool(BENCH, tool), Peers.flags(flags), small.wallCell(), large.wallCell(), ms(each),
            tool.equals("direct") ? "" : ms(over), large.rssCell());
      }
      out.append("### Apply ").append(many).append(" one-statement migrations, ").append(name(db))
          .append("\n\n").append(table).append('\n');
    }
    return out.append(HOW).append("\n\nPer migration: (median at ").append(many).append(" − median at ").append(few)
        .append(") / ").append(many - few).append("; over direct DDL: that minus the same for the direct run "
            + "with the same JVM flags (the launcher's for Alembic).\n").toString();
  }

  /** Milliseconds one more migration costs a tool: the medians' difference over the difference in N. */
  static OptionalDouble perMigration(Samples samples, String db, String tool, String flags) {
    List<Integer> counts = samples.sizes(BENCH);
    int few = counts.get(0);
    int many = counts.get(counts.size() - 1);
    Figure small = samples.figure(BENCH, db, few, tool, flags);
    Figure large = samples.figure(BENCH, db, many, tool, flags);
    if (many == few || !small.measured() || !large.measured()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((large.medianSeconds() - small.medianSeconds()) * 1000 / (many - few));
  }

  /** A tool's cost per migration over the direct run's with the same flags. */
  static OptionalDouble overhead(Samples samples, String db, String tool, String flags) {
    OptionalDouble each = perMigration(samples, db, tool, flags);
    OptionalDouble direct = perMigration(samples, db, "direct", flags.equals(PYTHON) ? LAUNCHER : flags);
    return each.isPresent() && direct.isPresent() ? OptionalDouble.of(each.getAsDouble() - direct.getAsDouble())
        : OptionalDouble.empty();
  }

  static String name(String db) {
    return db.equals("postgresql") ? "PostgreSQL" : db.equals("mariadb") ? "MariaDB" : db;
  }

  private static String ms(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : "";
  }
}
