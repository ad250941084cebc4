package dev.retort.engine.runtime;

import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * H2 has no named session locks. An embedded H2 database belongs to one process (its file is locked), so a
 * lock per URL inside this JVM serialises every run that can reach it.
 */
final class InProcessLock implements MigrationLock {
  private static final Map<String, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

  private final ReentrantLock lock;

  InProcessLock(String url) {
    this.lock = LOCKS.computeIfAbsent(url, u -> new ReentrantLock());
  }

  @Override
  public boolean acquire(Connection connection, Duration timeout) {
    try {
      return lock.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void release(Connection connection) {
    if (lock.isHeldByCurrentThread()) {
      lock.unlock();
    }
  }
}
