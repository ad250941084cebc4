package dev.retort.engine.runtime;

import static java.time.temporal.ChronoUnit.MILLIS;
import static java.time.temporal.ChronoUnit.SECONDS;

import java.sql.SQLException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * What each JDBC driver is told so that its waits end, and which of its URL parameters stand for Retort's
 * timeouts. Timeouts reach the driver as connection properties, never written into the user's URL, and a
 * parameter the URL sets wins over them.
 */
enum DriverTimeouts {
  /**
   * pgjdbc: {@code connectTimeout} bounds reaching the server and {@code loginTimeout} the whole login, both in
   * seconds; {@code socketTimeout} (seconds) bounds each read of the handshake until Retort sets the read
   * timeout with {@code setNetworkTimeout}.
   */
  POSTGRESQL(List.of(new UrlParameter("connectTimeout", SECONDS), new UrlParameter("loginTimeout", SECONDS)),
      new UrlParameter("socketTimeout", SECONDS)) {
    @Override
    void putConnect(Duration connect, boolean readBoundByUrl, Properties into) {
      String seconds = String.valueOf(wholeSeconds(connect));
      into.setProperty("connectTimeout", seconds);
      into.setProperty("loginTimeout", seconds);
      if (!readBoundByUrl) {
        into.setProperty("socketTimeout", seconds);
      }
    }
  },
  /** MariaDB Connector/J: {@code connectTimeout} (milliseconds) bounds reaching the server and the handshake. */
  MARIADB(List.of(new UrlParameter("connectTimeout", MILLIS)), new UrlParameter("socketTimeout", MILLIS)) {
    @Override
    void putConnect(Duration connect, boolean readBoundByUrl, Properties into) {
      into.setProperty("connectTimeout", String.valueOf(connect.toMillis()));
    }
  },
  /** An embedded H2 database: no network. Its file belongs to one process; another one waits for it. */
  H2_EMBEDDED(List.of(), null) {
    @Override
    boolean fileInUse(SQLException e) {
      return e.getErrorCode() == H2_DATABASE_ALREADY_OPEN;
    }
  },
  /**
   * A driver without a connect timeout of its own, H2's {@code tcp:} and {@code ssl:} client among them: Retort
   * waits for the connection on another thread and gives up after the connect timeout.
   */
  OTHER(List.of(), null) {
    @Override
    boolean boundsConnect() {
      return false;
    }
  };

  /** H2's {@code ErrorCode.DATABASE_ALREADY_OPEN_1}: "Database may be already in use". */
  static final int H2_DATABASE_ALREADY_OPEN = 90020;

  private final List<UrlParameter> connectParameters;
  private final UrlParameter readParameter;

  DriverTimeouts(List<UrlParameter> connectParameters, UrlParameter readParameter) {
    this.connectParameters = connectParameters;
    this.readParameter = readParameter;
  }

  static DriverTimeouts forUrl(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    if (lower.startsWith("jdbc:mariadb:") || lower.startsWith("jdbc:mysql:")) {
      return MARIADB;
    }
    if (lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:tcp:") && !lower.startsWith("jdbc:h2:ssl:")) {
      return H2_EMBEDDED;
    }
    return OTHER;
  }

  /** The properties that bound connecting, left out where the URL sets one of the driver's own parameters. */
  Properties connectProperties(String url, Timeouts timeouts) {
    Properties properties = new Properties();
    if (connectSettings(url).isEmpty()) {
      putConnect(timeouts.connect(), readSetting(url) != null, properties);
    }
    return properties;
  }

  void putConnect(Duration connect, boolean readBoundByUrl, Properties into) {
    // nothing to tell this driver
  }

  /** Whether the driver ends a connect that takes too long by itself, given the properties. */
  boolean boundsConnect() {
    return true;
  }

  /** Whether the failure says another process has the database file open. */
  boolean fileInUse(SQLException e) {
    return false;
  }

  /** The URL's own parameters that bound connecting, each as {@code name=value}, in the URL's spelling. */
  List<String> connectSettings(String url) {
    return connectParameters.stream().map(p -> p.in(url)).filter(Objects::nonNull).toList();
  }

  /** The shortest bound on connecting that the URL's own parameters set, or null where they set none. */
  Duration connectBound(String url) {
    return connectParameters.stream().map(p -> p.duration(url)).filter(Objects::nonNull)
        .filter(d -> !d.isZero()).min(Comparator.naturalOrder()).orElse(null);
  }

  /** The URL's own parameter that bounds every read, as {@code name=value}, or null. */
  String readSetting(String url) {
    return readParameter == null ? null : readParameter.in(url);
  }

  /** A query parameter of a JDBC URL that holds a timeout in {@code unit}s. */
  record UrlParameter(String name, ChronoUnit unit) {
    /** {@code name=value} as the URL has it, the name in any case, or null. */
    String in(String url) {
      int query = url.indexOf('?');
      if (query < 0) {
        return null;
      }
      for (String pair : url.substring(query + 1).split("&")) {
        int equals = pair.indexOf('=');
        String key = equals < 0 ? pair : pair.substring(0, equals);
        if (key.strip().equalsIgnoreCase(name)) {
          return pair.strip();
        }
      }
      return null;
    }

    /** The value as a duration, or null where the URL does not set it to a number. */
    Duration duration(String url) {
      String pair = in(url);
      try {
        return pair == null ? null : Duration.of(Long.parseLong(pair.substring(pair.indexOf('=') + 1).strip()), unit);
      } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
        return null;
      }
    }
  }

  /** Whole seconds, rounded up so that a bound under one second still bounds. */
  private static long wholeSeconds(Duration duration) {
    long seconds = duration.toSeconds();
    return duration.toNanos() % 1_000_000_000L == 0 ? seconds : seconds + 1;
  }
}
