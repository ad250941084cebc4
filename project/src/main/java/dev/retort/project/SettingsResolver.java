package dev.retort.project;

import dev.retort.autogen.entity.HibernateSettings;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.runtime.Timeouts;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Resolves each setting as: what the front end was given (a command-line option; in Maven a {@code -Dretort.*}
 * property, then the plugin's configuration), then environment variable, then retort.properties, then default.
 */
public final class SettingsResolver {
  public static final String PROPERTIES_FILE = "retort.properties";
  public static final String DEFAULT_PACKAGE = "migrations";
  private static final Pattern JAVA_PACKAGE =
      Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

  private final Environment environment;
  private final FrontEnd frontEnd;
  private final Properties properties;

  /** As the command line resolves them. */
  public SettingsResolver(Environment environment) {
    this(environment, FrontEnd.COMMAND_LINE);
  }

  public SettingsResolver(Environment environment, FrontEnd frontEnd) {
    this.environment = environment;
    this.frontEnd = frontEnd;
    Path file = environment.workingDir().resolve(PROPERTIES_FILE);
    this.properties = readProperties(file);
    PropertyKeys.check(properties, file);
  }

  public Settings resolve(GivenOptions options) {
    String url = pick(options.url(), "RETORT_URL", "url",
        "jdbc:h2:file:" + environment.workingDir().resolve("retort-db"));
    if (url.isBlank() || options.url() == null && environment.variable("RETORT_URL") == null
        && properties.containsKey("url") && properties.getProperty("url").isBlank()) {
      String where = options.url() != null ? frontEnd.setting("url")
          : environment.variable("RETORT_URL") != null ? "RETORT_URL" : "url= in " + PROPERTIES_FILE;
      throw new RetortException(ErrorCode.CONFIGURATION, where + " is empty, so Retort does not know which"
          + " database to use and uses none: nothing was changed. Give the JDBC URL there (url=jdbc:postgresql://"
          + "host/db), or remove the empty setting to use the local H2 file ./retort-db.");
    }
    String user = pick(options.user(), "RETORT_USER", "user", url.startsWith("jdbc:h2:") ? "sa" : "");
    String password = pick(options.password(), "RETORT_PASSWORD", "password", "");
    String migrationsPackage = pick(options.migrationsPackage(), null, "migrations.package", DEFAULT_PACKAGE);
    if (!isJavaPackage(migrationsPackage)) {
      String where = options.migrationsPackage() != null
          ? frontEnd.setting("migrations.package", "'" + migrationsPackage + "'")
          : "migrations.package '" + migrationsPackage + "' in " + PROPERTIES_FILE;
      throw new RetortException(ErrorCode.CONFIGURATION, where + " is not a Java package name. Nothing was"
          + " changed. Use a name like com.example.migrations.");
    }
    String dir = pick(options.migrations(), null, "migrations.dir", null);
    Path migrations = dir == null ? frontEnd.defaultMigrationsDir(environment.workingDir(), migrationsPackage)
        : environment.workingDir().resolve(dir);
    String entities = pick(options.entities(), null, "entities", null);
    String classpath = pick(options.classpath(), null, "classpath", "");
    List<Path> entries = Arrays.stream(classpath.split(java.io.File.pathSeparator))
        .filter(s -> !s.isBlank())
        .map(s -> environment.workingDir().resolve(s.strip()))
        .toList();
    return new Settings(url, user, password, migrations, migrationsPackage, entities, entries,
        globs(options.include(), "include"), globs(options.exclude(), "exclude"),
        globs(options.schemas(), "schemas"),
        HibernateSettings.of(properties), seconds(options.connectTimeout(), "connect.timeout",
            Timeouts.DEFAULT.connect()),
        seconds(options.readTimeout(), "read.timeout", Timeouts.DEFAULT.read()), planning());
  }

  /** {@code planner} and {@code online.lock-timeout}, which only retort.properties holds. */
  private Planning planning() {
    String planner = properties.getProperty("planner", "").strip();
    if (!planner.isEmpty() && !planner.equals("plain") && !planner.equals("online")) {
      throw new RetortException(ErrorCode.CONFIGURATION, "planner=" + planner + " in " + PROPERTIES_FILE
          + " is not a planner Retort knows. Nothing was changed and no database was opened. Use planner=online"
          + " for the forms that keep PostgreSQL's tables available, or planner=plain (the default).");
    }
    String timeout = properties.getProperty("online.lock-timeout", "").strip();
    Duration lockTimeout = timeout.isEmpty() ? Planning.PLAIN.lockTimeout() : Planning.parseLockTimeout(timeout);
    if (lockTimeout == null || lockTimeout.isNegative()) {
      throw new RetortException(ErrorCode.CONFIGURATION, "online.lock-timeout=" + timeout + " in "
          + PROPERTIES_FILE + " is not a lock timeout. Nothing was changed and no database was opened. Give"
          + " seconds or milliseconds, such as 2s or 500ms (2s is the default), or 0 for no limit.");
    }
    return new Planning(planner.equals("online"), lockTimeout);
  }

  /** A timeout in whole seconds, zero for no limit: the option, else the property, else the default. */
  private Duration seconds(Integer option, String property, Duration fallback) {
    String where = option != null ? frontEnd.setting(property, String.valueOf(option))
        : property + "=" + properties.getProperty(property, "").strip() + " in " + PROPERTIES_FILE;
    long seconds;
    if (option != null) {
      seconds = option;
    } else if (properties.getProperty(property, "").isBlank()) {
      return fallback;
    } else {
      try {
        seconds = Long.parseLong(properties.getProperty(property).strip());
      } catch (NumberFormatException e) {
        seconds = -1;
      }
    }
    if (seconds < 0 || seconds > Integer.MAX_VALUE / 1000) {
      // a wrong option is a usage error, a wrong file entry a configuration one
      throw new RetortException(option != null ? ErrorCode.USAGE : ErrorCode.CONFIGURATION, where
          + " is not a number of seconds Retort can wait."
          + " Nothing was changed and no database was opened. Give whole seconds, 0 for no limit (" + property
          + "=" + fallback.toSeconds() + " is the default).");
    }
    return Duration.ofSeconds(seconds);
  }

  public static boolean isJavaPackage(String name) {
    return JAVA_PACKAGE.matcher(name).matches();
  }

  /** Options win; otherwise the comma-separated property. */
  private List<String> globs(List<String> option, String property) {
    if (!option.isEmpty()) {
      return option;
    }
    String fromFile = properties.getProperty(property, "");
    return Arrays.stream(fromFile.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private String pick(String option, String variable, String property, String fallback) {
    if (option != null) {
      return option;
    }
    if (variable != null && environment.variable(variable) != null) {
      return environment.variable(variable);
    }
    String fromFile = properties.getProperty(property);
    if (fromFile != null && !fromFile.isBlank()) {
      return fromFile.strip();
    }
    return fallback;
  }

  private static Properties readProperties(Path file) {
    Properties properties = new Properties();
    if (Files.isRegularFile(file)) {
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(reader);
      } catch (IOException | IllegalArgumentException e) {
        throw new RetortException(ErrorCode.CONFIGURATION, "Cannot read " + file + ": " + e.getMessage()
            + ". Nothing was changed. Fix or remove the file.", e);
      }
    }
    return properties;
  }
}
