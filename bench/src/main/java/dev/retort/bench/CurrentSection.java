package dev.retort.bench;

import static dev.retort.bench.Peers.DEFAULT;
import static dev.retort.bench.Peers.LAUNCHER;
import static dev.retort.bench.Peers.PYTHON;

import java.util.List;

/** Where an up-to-date database stands, asked of each tool. */
final class CurrentSection {
  static final String BENCH = "current";
  private static final List<String> PEERS = List.of("retort:" + LAUNCHER, "retort:" + DEFAULT,
      "alembic:" + PYTHON, "flyway:" + LAUNCHER, "flyway:" + DEFAULT);

  private CurrentSection() {}

  static String render(Samples samples) {
    if (!samples.has(BENCH)) {
      return "";
    }
    int count = samples.sizes(BENCH).get(0);
    MarkdownTable table = new MarkdownTable("database", "tool", "JVM flags", "wall s: min / **median** / max",
        "peak RSS MB");
    for (String db : samples.databases(BENCH)) {
      for (String peer : PEERS) {
        String tool = peer.substring(0, peer.indexOf(':'));
        String flags = peer.substring(peer.indexOf(':') + 1);
        Figure figure = samples.figure(BENCH, db, count, tool, flags);
        table.row(ApplySection.name(db), Peers.tool(BENCH, tool), Peers.flags(flags), figure.wallCell(),
            figure.rssCell());
      }
    }
    return "### Where a database with " + count + " applied migrations stands\n\n" + table;
  }
}
