package dev.retort.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prints the markdown report of one {@code bench/run} from its {@code samples.tsv} and {@code meta.tsv}:
 * the machine and versions, the targets with pass or fail, then every figure.
 *
 * <p>Arguments: {@code RESULTS_DIR}.
 */
public final class BenchReport {
  private static final Set<String> RUN_KEYS = Set.of("date", "machine", "load_start", "load_end", "rounds",
      "launcher_flags", "duration_s");

  private BenchReport() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: BenchReport RESULTS_DIR");
    }
    Path dir = Path.of(args[0]);
    Map<String, String> meta = new LinkedHashMap<>();
    for (String line : Files.readAllLines(dir.resolve("meta.tsv"))) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        meta.put(line.substring(0, tab), line.substring(tab + 1));
      }
    }
    Samples samples = Samples.read(dir.resolve("samples.tsv"));
    StringBuilder out = new StringBuilder();
    out.append(header(meta, samples.loads())).append('\n').append(TargetsSection.render(samples));
    for (String section : List.of(AutogenSection.render(samples), ApplySection.render(samples),
        CurrentSection.render(samples), InitialSection.render(samples))) {
      if (!section.isEmpty()) {
        out.append('\n').append(section);
      }
    }
    System.out.print(out);
  }

  private static String header(Map<String, String> meta, List<Double> loads) {
    String minutes = meta.containsKey("duration_s")
        ? String.format(java.util.Locale.ROOT, "%.0f min", Integer.parseInt(meta.get("duration_s")) / 60.0) : "?";
    StringBuilder out = new StringBuilder("## Benchmark: " + meta.getOrDefault("date", "?") + "\n\n");
    out.append("Machine: ").append(meta.getOrDefault("machine", "?")).append("; load average (1, 5, 15 min) ")
        .append(meta.getOrDefault("load_start", "?")).append(" at the start, ")
        .append(meta.getOrDefault("load_end", "?")).append(" at the end")
        .append(loads.isEmpty() ? "" : String.format(java.util.Locale.ROOT,
            ", after each run median %.2f, max %.2f (on an otherwise idle 2-core machine the benchmark itself, "
                + "the measured process and its database server, keeps it at about 1.5)", loads.get(loads.size() / 2),
            loads.get(loads.size() - 1)))
        .append("; the run took ").append(minutes)
        .append(", ").append(meta.getOrDefault("rounds", "?")).append(" measured rounds after a warm-up round.\n\n")
        .append("Every run is a fresh process, timed from outside (wall clock around the process; peak RSS from "
            + "`/usr/bin/time`); the tools take turns, each round starting with the next one. JVM flags: "
            + "\"launcher's\" = `").append(meta.getOrDefault("launcher_flags", "?"))
        .append("` (what `./retort` starts the CLI with), \"JVM defaults\" = none. Retort with the launcher's flags"
            + " runs through `./retort`, as a user runs it, which also gives the JVM the class-data archive it made for"
            + " that command in the warm-up round; the other Java tools have none (the JDK's own default archive"
            + " only), and Retort with the JVM's defaults runs as `java -jar` with no archive either.\n\n");
    MarkdownTable versions = new MarkdownTable("component", "version");
    meta.forEach((key, value) -> {
      if (!RUN_KEYS.contains(key)) {
        versions.row(key, value);
      }
    });
    return out.append(versions).toString();
  }
}
