package dev.retort.engine;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.error.SettingNames;
import dev.retort.engine.runtime.AppliedRevision;
import dev.retort.engine.runtime.ClasspathMigrations;
import dev.retort.engine.runtime.ConnectionSettings;
import dev.retort.engine.runtime.Connector;
import dev.retort.engine.runtime.Direction;
import dev.retort.engine.runtime.MigrationResult;
import dev.retort.engine.runtime.MigrationSet;
import dev.retort.engine.runtime.Migrator;
import dev.retort.engine.runtime.Step;
import dev.retort.engine.runtime.StopRequest;
import dev.retort.engine.runtime.Timeouts;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The front door for an application that applies its own migrations, compiled into it, at start-up:
 * {@code Retort.configure().dataSource(ds).migrationsPackage("com.app.migrations").load().upgrade("head")}.
 * Runs take the same lock and check the same checksums as the command line. Every migration is logged at
 * INFO and every statement at DEBUG on the {@link System.Logger} {@code dev.retort}; listeners hear the same.
 */
public final class Retort {
  private static final System.Logger LOG = System.getLogger("dev.retort");

  private final Migrator migrator;
  private final SqlDialect dialect;
  private final List<MigrationListener> listeners;

  private Retort(Migrator migrator, SqlDialect dialect, List<MigrationListener> listeners) {
    this.migrator = migrator.withStatementListener(this::completed);
    this.dialect = dialect;
    this.listeners = List.copyOf(listeners);
  }

  public static Configuration configure() {
    return new Configuration();
  }

  /** Applies migrations up to {@code target} ({@code head}, a revision id or prefix, {@code +N}). */
  public MigrationResult upgrade(String target) {
    return migrator.upgrade(target, this::starting);
  }

  /** Reverts migrations down to {@code target} ({@code base}, {@code -N}, a revision to keep). */
  public MigrationResult downgrade(String target) {
    return migrator.downgrade(target, this::starting);
  }

  /** The revisions the database stands at; empty when nothing was applied. */
  public List<String> current() {
    return migrator.current();
  }

  public List<AppliedRevision> applied() {
    return migrator.applied();
  }

  /** Applied revisions whose migrations were changed since they ran. */
  public List<String> changedSinceApplied() {
    return migrator.changedSinceApplied();
  }

  public MigrationSet migrations() {
    return migrator.migrations();
  }

  /** The database's dialect, found from the connection. */
  public SqlDialect dialect() {
    return dialect;
  }

  private void starting(Step step) {
    LOG.log(Level.INFO, (step.direction() == Direction.UPGRADE ? "Applying " : "Reverting ")
        + step.migration().info().label() + ": " + step.migration().info().message());
    listeners.forEach(listener -> listener.migrationStarting(step));
  }

  private void completed(Step step, int number, int total, String statement) {
    LOG.log(Level.DEBUG, () -> step.id() + " statement " + number + " of " + total + ": " + statement);
    listeners.forEach(listener -> listener.statementCompleted(step, number, total, statement));
  }

  /** What to migrate and how; {@link #load()} reads the migrations and finds the database's dialect. */
  public static final class Configuration {
    private DataSource dataSource;
    private String url;
    private String user = "";
    private String password = "";
    private String migrationsPackage = "migrations";
    private ClassLoader classLoader;
    private Duration lockTimeout = Migrator.DEFAULT_LOCK_TIMEOUT;
    private Timeouts timeouts = Timeouts.DEFAULT;
    private StopRequest stop = new StopRequest();
    private SettingNames names = SettingNames.COMMAND_LINE;
    private final List<MigrationListener> listeners = new ArrayList<>();

    private Configuration() {}

    /** The application's data source; its pool owns how connections are opened. */
    public Configuration dataSource(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource == null");
      return this;
    }

    /** A JDBC URL to connect to instead of a data source. */
    public Configuration url(String url) {
      this.url = Objects.requireNonNull(url, "url == null");
      return this;
    }

    public Configuration user(String user) {
      this.user = Objects.requireNonNull(user, "user == null");
      return this;
    }

    public Configuration password(String password) {
      this.password = Objects.requireNonNull(password, "password == null");
      return this;
    }

    /** The package the compiled migrations are in (default {@code migrations}); sub-packages are not read. */
    public Configuration migrationsPackage(String migrationsPackage) {
      this.migrationsPackage = Objects.requireNonNull(migrationsPackage, "migrationsPackage == null");
      return this;
    }

    /** Where the migrations are loaded from (default: the thread's context class loader). */
    public Configuration classLoader(ClassLoader classLoader) {
      this.classLoader = Objects.requireNonNull(classLoader, "classLoader == null");
      return this;
    }

    /** How long a run waits for another run's lock (default 60 s; zero: do not wait). */
    public Configuration lockTimeout(Duration lockTimeout) {
      if (lockTimeout.isNegative()) {
        throw new IllegalArgumentException("lockTimeout < 0: " + lockTimeout);
      }
      this.lockTimeout = lockTimeout;
      return this;
    }

    /** Connect and read timeouts (defaults 10 s and 60 s; a migration's own statements have none). */
    public Configuration timeouts(Timeouts timeouts) {
      this.timeouts = Objects.requireNonNull(timeouts, "timeouts == null");
      return this;
    }

    /** Lets the application ask a run to stop after the statement that is running (on shutdown, say). */
    public Configuration stopRequest(StopRequest stop) {
      this.stop = Objects.requireNonNull(stop, "stop == null");
      return this;
    }

    /** How messages name the settings, in the terms of the application's own configuration. */
    public Configuration settingNames(SettingNames names) {
      this.names = Objects.requireNonNull(names, "names == null");
      return this;
    }

    public Configuration listener(MigrationListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener == null"));
      return this;
    }

    /** Reads the migrations and finds the dialect from the database; nothing is changed yet. */
    public Retort load() {
      if ((dataSource == null) == (url == null)) {
        throw new RetortException(ErrorCode.CONFIGURATION, "Retort needs a data source or a JDBC URL, and"
            + " was given " + (url == null ? "neither" : "both") + ". Nothing was changed. Call dataSource(...)"
            + " or url(...), one of them.");
      }
      Timeouts withLock = new Timeouts(timeouts.connect(), timeouts.read(), lockTimeout);
      Connector connector = dataSource != null ? Connector.forDataSource(dataSource, withLock)
          : new Connector(new ConnectionSettings(url, user, password), withLock);
      connector = connector.withNames(names);
      SqlDialect dialect = dataSource != null ? dialectOf(connector) : Dialects.forJdbcUrl(url);
      ClassLoader loader = classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader();
      MigrationSet migrations = ClasspathMigrations.load(loader, migrationsPackage);
      return new Retort(new Migrator(connector, dialect, migrations).withLockTimeout(lockTimeout)
          .withStopRequest(stop), dialect, listeners);
    }

    private static SqlDialect dialectOf(Connector connector) {
      try (Connection connection = connector.open()) {
        return Dialects.forConnection(connection);
      } catch (SQLException e) {
        throw new RetortException(ErrorCode.DATABASE_ERROR, "Cannot read which database "
            + connector.settings().safeUrl() + " is: " + e.getMessage() + ". Nothing was changed.", e);
      }
    }
  }
}
