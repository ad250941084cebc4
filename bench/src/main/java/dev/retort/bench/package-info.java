/**
 * Benchmarks, run by hand with {@code bench/run}: never timed inside unit tests. Each one measures its
 * baseline in the same run and reports ratios, since absolute times on shared machines mean little.
 */
package dev.retort.bench;
