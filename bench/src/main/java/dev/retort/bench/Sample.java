package dev.retort.bench;

/**
 * One run of one tool as {@code bench/run} recorded it (a line of {@code samples.tsv}): which benchmark,
 * database, size (entities or migrations), tool and JVM flag set, which round (0 is the warm-up), its wall
 * time and peak memory, whether it did what it should, and the 1-minute load average right after it (NaN
 * when not recorded).
 */
record Sample(String bench, String database, int size, String tool, String flags, int round, long wallMicros,
    long peakRssKb, boolean ok, String note, double loadAfter) {

  /** Parses one tab-separated line; wall time and memory are empty for a run that never started. */
  static Sample parse(String line) {
    String[] f = line.split("\t", -1);
    if (f.length < 10) {
      throw new IllegalArgumentException("not a sample line (10 tab-separated fields): " + line);
    }
    return new Sample(f[0], f[1], Integer.parseInt(f[2]), f[3], f[4], Integer.parseInt(f[5]), number(f[6]),
        number(f[7]), f[8].equals("ok"), f[9], f.length > 10 && !f[10].isBlank() ? Double.parseDouble(f[10])
        : Double.NaN);
  }

  private static long number(String field) {
    return field.isBlank() ? -1 : Long.parseLong(field.strip());
  }
}
