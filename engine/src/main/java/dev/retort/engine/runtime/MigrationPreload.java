package dev.retort.engine.runtime;

import java.util.List;

/**
 * Loads, records and checksums migrations on a second thread while the first connects, takes the lock and
 * reads the version table, and goes on while the first works through the rest from the other end: an upgrade
 * needs every migration's checksum before its first statement, and on a fresh JVM loading them costs more than
 * the database's round trips before it. A failure is left for the run itself to meet, in its own order: each
 * migration keeps what it threw.
 */
final class MigrationPreload implements AutoCloseable {
  private final Thread thread;
  private volatile boolean closed;

  private MigrationPreload(List<LoadedMigration> migrations) {
    this.thread = new Thread(() -> {
      // from the last one back: the run asks from the first one on, so the two threads meet halfway instead
      // of waiting for each other on the same migration
      for (int i = migrations.size() - 1; i >= 0; i--) {
        if (closed) {
          return;
        }
        try {
          migrations.get(i).checksum();
        } catch (RuntimeException | LinkageError e) {
          // met again, and reported, when the run asks for this migration
        }
      }
    }, "retort-preload");
    thread.setDaemon(true);
  }

  static MigrationPreload start(MigrationSet migrations) {
    MigrationPreload preload = new MigrationPreload(migrations.all());
    preload.thread.start();
    return preload;
  }

  /** Stops loading further migrations; one being loaded finishes. */
  @Override
  public void close() {
    closed = true;
  }
}
