package dev.retort.bench;

import dev.retort.autogen.Autogenerator;
import dev.retort.autogen.compare.SchemaDiff;
import dev.retort.engine.dialect.Dialects;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * One measured run in its own JVM, so start-up and peak memory count as a user sees them:
 * {@code retort CLASSES URL USER} runs a no-op autogenerate; {@code hibernate CLASSES URL USER} boots
 * Hibernate with {@code hbm2ddl.auto=validate}. Prints {@code <millis> <peak-rss-kb>}.
 */
public final class NoOpRun {
  private NoOpRun() {}

  public static void main(String[] args) throws Exception {
    Path classes = Path.of(args[1]);
    String url = args[2];
    String user = args[3];
    long start = System.nanoTime();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        NoOpRun.class.getClassLoader())) {
      if (args[0].equals("retort")) {
        try (Connection c = DriverManager.getConnection(url, user, "")) {
          SchemaDiff diff = new Autogenerator(Dialects.forJdbcUrl(url)).compare(c, EntityModelGenerator.PACKAGE,
              loader);
          if (!diff.isEmpty()) {
            throw new IllegalStateException("not a no-op: " + diff.upgrade().size() + " operations");
          }
        }
      } else {
        validateWithHibernate(loader, url, user);
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println(millis + " " + peakRssKb());
  }

  private static void validateWithHibernate(ClassLoader loader, String url, String user) {
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder(
        new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build())
        .applySetting("jakarta.persistence.jdbc.url", url)
        .applySetting("jakarta.persistence.jdbc.user", user)
        .applySetting("hibernate.hbm2ddl.auto", "validate")
        .build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      dev.retort.autogen.entity.EntityScanner.scan(loader, EntityModelGenerator.PACKAGE)
          .forEach(sources::addAnnotatedClass);
      sources.buildMetadata().buildSessionFactory().close();
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }

  private static long peakRssKb() throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }
}
