package dev.retort.engine.dialect;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import java.util.Locale;

/** Finds the dialect for a JDBC URL or a database name. */
public final class Dialects {
  private Dialects() {}

  public static SqlDialect forJdbcUrl(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:postgresql:")) {
      return new PostgresDialect();
    }
    if (lower.startsWith("jdbc:h2:")) {
      return new H2Dialect();
    }
    if (lower.startsWith("jdbc:mariadb:") || lower.startsWith("jdbc:mysql:")) {
      return new MariaDbDialect();
    }
    throw new RetortException(ErrorCode.CONFIGURATION, "The JDBC URL '" + url + "' is not for a database"
        + " Retort supports. Nothing was changed. Use a URL starting with jdbc:postgresql:, jdbc:mariadb: or"
        + " jdbc:h2:.");
  }

  /**
   * The dialect of the database a connection is to, by the product name the driver reports, so that a URL
   * of a wrapping driver or a pool's own says nothing wrong; the URL decides only where the name is unknown.
   */
  public static SqlDialect forConnection(java.sql.Connection connection) throws java.sql.SQLException {
    java.sql.DatabaseMetaData meta = connection.getMetaData();
    String product = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("postgresql")) {
      return new PostgresDialect();
    }
    if (product.equals("h2")) {
      return new H2Dialect();
    }
    if (product.contains("mariadb") || product.contains("mysql")) {
      return new MariaDbDialect();
    }
    return forJdbcUrl(meta.getURL());
  }

  public static SqlDialect forName(String name) {
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "postgresql", "postgres" -> new PostgresDialect();
      case "h2" -> new H2Dialect();
      case "mariadb", "mysql" -> new MariaDbDialect();
      default -> throw new RetortException(ErrorCode.CONFIGURATION, "Unknown database '" + name
          + "'. Nothing was changed. Use one of postgresql, mariadb, h2.");
    };
  }
}
