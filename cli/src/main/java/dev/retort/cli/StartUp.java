package dev.retort.cli;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.DriverManager;
import java.text.NumberFormat;
import java.util.GregorianCalendar;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every command needs soon and costs the JVM a first-time set-up, done on a second thread while the
 * first builds the command line: logging's configuration, the JDBC drivers' registration, the security
 * providers behind SHA-256. The command starts once these are done, so that Hibernate's start-up messages
 * are already silenced when it boots. Then, without being waited for, the JDK's locale data (calendar and
 * number formats), which the PostgreSQL driver first needs while connecting.
 */
final class StartUp {
  /** Held so the setting sticks: Hibernate and its validator report their start-up at INFO and WARN. */
  private static Logger quietHibernate;

  private final CountDownLatch ready;

  private StartUp(CountDownLatch ready) {
    this.ready = ready;
  }

  static StartUp begin(boolean verbose) {
    CountDownLatch ready = new CountDownLatch(1);
    Thread thread = new Thread(() -> {
      try {
        if (!verbose) {
          quietHibernate = Logger.getLogger("org.hibernate");
          quietHibernate.setLevel(Level.SEVERE);
        }
        DriverManager.getDrivers();
        MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        // the command that needs it reports it
      } finally {
        ready.countDown();
      }
      new GregorianCalendar();
      NumberFormat.getIntegerInstance();
    }, "retort-start-up");
    thread.setDaemon(true);
    thread.start();
    return new StartUp(ready);
  }

  /** Waits for the set-up to end. */
  void await() {
    try {
      ready.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
