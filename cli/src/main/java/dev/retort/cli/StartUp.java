package dev.retort.cli;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.DriverManager;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every command needs soon and costs the JVM a first-time set-up, done on a second thread while the
 * first builds the command line: logging's configuration, the JDBC drivers' registration, the security
 * providers behind SHA-256. The command starts once it is done, so that Hibernate's start-up messages are
 * already silenced when it boots.
 */
final class StartUp {
  /** Held so the setting sticks: Hibernate and its validator report their start-up at INFO and WARN. */
  private static Logger quietHibernate;

  private final Thread thread;

  private StartUp(Thread thread) {
    this.thread = thread;
  }

  static StartUp begin(boolean verbose) {
    Thread thread = new Thread(() -> {
      if (!verbose) {
        quietHibernate = Logger.getLogger("org.hibernate");
        quietHibernate.setLevel(Level.SEVERE);
      }
      DriverManager.getDrivers();
      try {
        MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        // the command that needs it reports it
      }
    }, "retort-start-up");
    thread.setDaemon(true);
    thread.start();
    return new StartUp(thread);
  }

  /** Waits for the set-up to end. */
  void await() {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
