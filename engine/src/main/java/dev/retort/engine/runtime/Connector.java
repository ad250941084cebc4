package dev.retort.engine.runtime;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.error.SettingNames;
import java.net.SocketTimeoutException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * Opens connections and turns the ways that fails into messages a person can act on. Nothing it opens waits
 * for ever: connecting is bounded by the connect timeout and every read by the read timeout (see {@link
 * Timeouts}); an embedded H2 file another process has open is waited for up to the lock timeout.
 */
public final class Connector {
  private static final long FIRST_PAUSE_MILLIS = 50;
  private static final long LONGEST_PAUSE_MILLIS = 1000;
  /** A connect that failed this close to the connect timeout ran out of it, however the driver words it. */
  private static final Duration TIMEOUT_MARGIN = Duration.ofMillis(100);

  private final ConnectionSettings settings;
  private final Timeouts timeouts;
  private final DriverTimeouts driver;
  private final DataSource dataSource;
  private final SettingNames names;
  /** The connection {@link #openingAhead()} started, until the first {@link #open()} takes it. */
  private final AtomicReference<Background<Connection>> ahead;

  public Connector(ConnectionSettings settings) {
    this(settings, Timeouts.DEFAULT);
  }

  public Connector(ConnectionSettings settings, Timeouts timeouts) {
    this(settings, timeouts, null, SettingNames.COMMAND_LINE, null);
  }

  private Connector(ConnectionSettings settings, Timeouts timeouts, DataSource dataSource, SettingNames names,
      AtomicReference<Background<Connection>> ahead) {
    this.settings = settings;
    this.timeouts = timeouts;
    this.driver = DriverTimeouts.forUrl(settings.url());
    this.dataSource = dataSource;
    this.names = java.util.Objects.requireNonNull(names, "names == null");
    this.ahead = ahead;
  }

  /**
   * Connections from an application's {@link DataSource} (a pool, say), which owns how they are opened: the
   * connect timeout is the pool's; reads are bounded as on any other connection. The URL and user that
   * messages name come from the first connection's metadata.
   */
  public static Connector forDataSource(DataSource dataSource, Timeouts timeouts) {
    java.util.Objects.requireNonNull(dataSource, "dataSource == null");
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      String user = meta.getUserName();
      return new Connector(new ConnectionSettings(meta.getURL(), user == null ? "" : user, ""), timeouts,
          dataSource, SettingNames.COMMAND_LINE, null);
    } catch (SQLException e) {
      throw new RetortException(ErrorCode.DATABASE_UNREACHABLE, "The application's data source gave no"
          + " connection: " + e.getMessage() + ". Nothing was changed. Check its URL, credentials and pool"
          + " settings.", e);
    }
  }

  public ConnectionSettings settings() {
    return settings;
  }

  public Timeouts timeouts() {
    return timeouts;
  }

  /** This connector, its messages naming settings as {@code names} does. */
  public Connector withNames(SettingNames names) {
    return new Connector(settings, timeouts, dataSource, names, ahead);
  }

  /**
   * This connector, with a connection being opened now on a second thread while the caller reads its
   * migrations: the first {@link #open()} takes that connection, or throws what opening it threw; later ones
   * open their own. Only where connecting leaves nothing behind (a server, not an embedded file).
   */
  public Connector openingAhead() {
    return new Connector(settings, timeouts, dataSource, names,
        new AtomicReference<>(Background.start("retort-connect", this::open)));
  }

  /** How the messages of this run name the settings. */
  public SettingNames names() {
    return names;
  }

  /**
   * A connection whose reads are bounded by the read timeout (or by the URL's own parameter for it). An
   * embedded H2 file another process has open is tried again until the lock timeout is up.
   */
  public Connection open() {
    Background<Connection> opened = ahead == null ? null : ahead.getAndSet(null);
    if (opened != null) {
      return opened.await();
    }
    long start = System.nanoTime();
    long pause = FIRST_PAUSE_MILLIS;
    while (true) {
      long attempt = System.nanoTime();
      try {
        return withReadTimeout(connect());
      } catch (SQLException e) {
        if (!driver.fileInUse(e)) {
          throw translate(e, Duration.ofNanos(System.nanoTime() - attempt));
        }
        long left = timeouts.lock().toMillis() - (System.nanoTime() - start) / 1_000_000;
        if (left <= 0) {
          throw fileInUse(e);
        }
        Sleep.millis(Math.min(pause, left));
        pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
      }
    }
  }

  /**
   * When {@code failure} or one of its causes is a read that ran out of time, the error that says so, naming
   * what Retort was {@code doing} ("reading retort_version") and the setting to raise.
   */
  public Optional<RetortException> readTimedOut(String doing, Throwable failure) {
    if (!causedBy(failure, SocketTimeoutException.class)) {
      return Optional.empty();
    }
    String fromUrl = driver.readSetting(settings.url());
    String bound = fromUrl != null ? "in time (" + fromUrl + " in the URL)"
        : timeouts.read().isZero() ? "in time"
        : "within " + Timeouts.seconds(timeouts.read()) + " (" + names.setting("read.timeout") + ")";
    String raise = fromUrl != null ? "raise " + name(fromUrl) + " in the URL"
        : "raise " + names.settings("read.timeout");
    return Optional.of(new RetortException(ErrorCode.DATABASE_TIMEOUT, "The database at " + settings.safeUrl()
        + " did not answer " + bound + " while " + doing + ". Nothing further was changed. Check the server and"
        + " the network to it, or " + raise + ".", failure));
  }

  private Connection connect() throws SQLException {
    if (dataSource != null) {
      return dataSource.getConnection();
    }
    Properties info = driver.connectProperties(settings.url(), timeouts);
    info.setProperty("user", settings.user());
    info.setProperty("password", settings.password());
    if (driver.boundsConnect() || timeouts.connect().isZero()) {
      return DriverManager.getConnection(settings.url(), info);
    }
    return ConnectWatchdog.open(() -> DriverManager.getConnection(settings.url(), info), timeouts.connect());
  }

  /** The read timeout set on the connection, unless the URL sets the driver's own. */
  private Connection withReadTimeout(Connection connection) throws SQLException {
    if (driver.readSetting(settings.url()) != null) {
      return connection;
    }
    try {
      connection.setNetworkTimeout(ReadTimeouts.DIRECT, (int) Math.min(Integer.MAX_VALUE, timeouts.read().toMillis()));
    } catch (SQLFeatureNotSupportedException e) {
      // this driver reads without a limit; nothing to set
    } catch (SQLException e) {
      try {
        connection.close();
      } catch (SQLException second) {
        e.addSuppressed(second);
      }
      throw e;
    }
    return connection;
  }

  private RetortException translate(SQLException e, Duration took) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String where = settings.safeUrl() + " as user '" + settings.user() + "'";
    String reason = mask(e.getMessage());
    if (ranOutOfTime(e, took)) {
      return connectTimedOut(where, reason, e);
    }
    if (state.startsWith("28")) {
      return new RetortException(ErrorCode.AUTHENTICATION_FAILED, "The database at " + where
          + " refused the credentials: " + reason + ". Nothing was changed. Check "
          + names.settings("user", "password") + ".", e);
    }
    if (state.startsWith("08") || e.getMessage() == null || e.getMessage().startsWith("No suitable driver")) {
      return new RetortException(ErrorCode.DATABASE_UNREACHABLE, "Cannot reach the database at " + where
          + ": " + reason + ". Nothing was changed. Check that the server is running and that "
          + names.settings("url") + " is right.", e);
    }
    return new RetortException(ErrorCode.DATABASE_UNREACHABLE, "Cannot connect to the database at " + where
        + ": " + reason + " (SQL state " + state + "). Nothing was changed. Check "
        + names.settings("url", "user", "password") + ".", e);
  }

  /**
   * A socket that timed out, a driver that says so, or a connection failure (SQL state class 08) that came only
   * when the time was up: pgjdbc's {@code loginTimeout} ends with no more than "Connection attempt timed out."
   */
  private boolean ranOutOfTime(SQLException e, Duration took) {
    if (causedBy(e, SocketTimeoutException.class) || causedBy(e, SQLTimeoutException.class)) {
      return true;
    }
    boolean fromUrl = !driver.connectSettings(settings.url()).isEmpty();
    Duration bound = fromUrl ? driver.connectBound(settings.url()) : timeouts.connect();
    return bound != null && !bound.isZero() && e.getSQLState() != null && e.getSQLState().startsWith("08")
        && took.compareTo(bound.minus(TIMEOUT_MARGIN)) >= 0;
  }

  private RetortException connectTimedOut(String where, String reason, SQLException e) {
    List<String> fromUrl = driver.connectSettings(settings.url());
    String bound = !fromUrl.isEmpty() ? "in time (" + String.join(" and ", fromUrl) + " in the URL)"
        : timeouts.connect().isZero() ? "in time"
        : "within " + Timeouts.seconds(timeouts.connect()) + " (" + names.setting("connect.timeout") + ")";
    String raise = fromUrl.size() > 1 ? "raise them in the URL"
        : fromUrl.size() == 1 ? "raise " + name(fromUrl.get(0)) + " in the URL"
        : "raise " + names.settings("connect.timeout");
    return new RetortException(ErrorCode.DATABASE_UNREACHABLE, "The database at " + where + " did not answer "
        + bound + " while connecting (" + withoutFinalStop(reason) + "). Nothing was changed. Check that the"
        + " server is up and reachable from here, or " + raise + ".", e);
  }

  private RetortException fileInUse(SQLException e) {
    Duration waited = timeouts.lock();
    String lock = names.setting("lock.timeout");
    String how = waited.isZero() ? "and a lock timeout of 0 (" + lock + ") says not to wait for it"
        : "and it stayed open for more than " + Timeouts.seconds(waited) + " (" + lock + ")";
    return new RetortException(ErrorCode.LOCK_TIMEOUT, "The H2 database " + settings.safeUrl() + " is open in"
        + " another process (an application, the H2 console, another Retort run: an embedded H2 file belongs to"
        + " one process at a time), " + how + ". Nothing was changed. Let that process finish or stop it, then"
        + " rerun; or raise " + lock + ".", e);
  }

  private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (kind.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** The name of a URL's {@code name=value} parameter. */
  private static String name(String parameter) {
    int equals = parameter.indexOf('=');
    return equals < 0 ? parameter : parameter.substring(0, equals);
  }

  private static String withoutFinalStop(String text) {
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }

  private String mask(String message) {
    if (message == null) {
      return "no reason given";
    }
    String masked = message.replace(settings.url(), settings.safeUrl());
    return settings.password().isEmpty() ? masked : masked.replace(settings.password(), "***");
  }
}
