package dev.retort.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Prints the versions of the Java peers on the benchmark's class path, one {@code name<TAB>version} a line,
 * as their jars' Maven metadata or manifests record them.
 */
public final class PeerVersions {
  private PeerVersions() {}

  public static void main(String[] args) throws IOException {
    print("Hibernate ORM", "org.hibernate.orm", "hibernate-core", org.hibernate.Version.class);
    print("Flyway", "org.flywaydb", "flyway-core", org.flywaydb.core.Flyway.class);
    print("PostgreSQL JDBC", "org.postgresql", "postgresql", org.postgresql.Driver.class);
    print("MariaDB Connector/J", "org.mariadb.jdbc", "mariadb-java-client", org.mariadb.jdbc.Driver.class);
  }

  private static void print(String name, String group, String artifact, Class<?> type) throws IOException {
    String resource = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
    Properties properties = new Properties();
    try (InputStream in = PeerVersions.class.getClassLoader().getResourceAsStream(resource)) {
      if (in != null) {
        properties.load(in);
      }
    }
    String version = properties.getProperty("version", type.getPackage().getImplementationVersion());
    System.out.println(name + "\t" + (version == null ? "unknown" : version));
  }
}
