package dev.retort.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Every sample of one {@code bench/run}, answering figures by benchmark, database, size, tool and flags. */
final class Samples {
  private final List<Sample> all;

  private Samples(List<Sample> all) {
    this.all = List.copyOf(all);
  }

  static Samples read(Path file) throws IOException {
    List<Sample> all = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.isBlank()) {
        all.add(Sample.parse(line));
      }
    }
    return new Samples(all);
  }

  /** The 1-minute load averages recorded after the runs, smallest first. */
  List<Double> loads() {
    return all.stream().map(Sample::loadAfter).filter(l -> !l.isNaN()).sorted().toList();
  }

  boolean has(String bench) {
    return all.stream().anyMatch(s -> s.bench().equals(bench));
  }

  /** The sizes a benchmark ran at, smallest first. */
  List<Integer> sizes(String bench) {
    TreeSet<Integer> sizes = new TreeSet<>();
    all.stream().filter(s -> s.bench().equals(bench)).forEach(s -> sizes.add(s.size()));
    return List.copyOf(sizes);
  }

  List<String> databases(String bench) {
    return all.stream().filter(s -> s.bench().equals(bench)).map(Sample::database).distinct().toList();
  }

  /**
   * The measured rounds (round 0 is the warm-up) of one tool with one flag set; a failure in any round, the
   * warm-up included, makes the whole figure a failure.
   */
  Figure figure(String bench, String database, int size, String tool, String flags) {
    List<Sample> runs = all.stream().filter(s -> s.bench().equals(bench) && s.database().equals(database)
        && s.size() == size && s.tool().equals(tool) && s.flags().equals(flags)).toList();
    for (Sample run : runs) {
      if (!run.ok()) {
        return Figure.failed(run.note().isBlank() ? "failed in round " + run.round() : run.note());
      }
    }
    List<Sample> measured = runs.stream().filter(s -> s.round() > 0).toList();
    if (measured.isEmpty()) {
      return Figure.failed(null);
    }
    return new Figure(measured.stream().map(Sample::wallMicros).toList(),
        measured.stream().map(Sample::peakRssKb).toList(), null);
  }
}
