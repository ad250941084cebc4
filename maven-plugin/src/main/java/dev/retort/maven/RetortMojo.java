package dev.retort.maven;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.runtime.Migrator;
import dev.retort.project.CommandRun;
import dev.retort.project.Environment;
import dev.retort.project.GivenOptions;
import dev.retort.project.Project;
import dev.retort.project.Settings;
import dev.retort.project.SettingsResolver;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Driver;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * What every goal shares: the settings it is given, resolved as the command line resolves its own
 * ({@code -Dretort.*}, then {@code <configuration>}, then {@code RETORT_*} environment variables, then
 * {@code retort.properties} in the project folder, then defaults), the project they describe, Maven's log as
 * its output, and Retort's failures as build failures carrying Retort's message.
 *
 * <p>Maven itself lets {@code <configuration>} win over a parameter's property; the goals read
 * {@code -Dretort.*} from the session's user properties themselves so the command line wins, as it does for
 * {@code retort}.
 */
abstract class RetortMojo extends AbstractMojo implements CommandRun {
  /** Held so the setting sticks: Hibernate and its validator report their start-up at INFO and WARN. */
  private static final List<Logger> QUIET = List.of(Logger.getLogger("org.hibernate"));

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  @Parameter(defaultValue = "${settings}", readonly = true, required = true)
  org.apache.maven.settings.Settings mavenSettings;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  PluginDescriptor plugin;

  /** Decrypts a settings.xml password encrypted with Maven's master password. */
  @Inject
  SettingsDecrypter decrypter;

  /** JDBC URL (retort.properties: url; default: the H2 file retort-db in the project folder). */
  @Parameter(property = "retort.url")
  String url;

  /** Database user (retort.properties: user). */
  @Parameter(property = "retort.user")
  String user;

  /** Database password; prefer {@code serverId} or RETORT_PASSWORD. Never printed. */
  @Parameter
  String password;

  /** The id of a {@code <server>} in Maven's settings.xml whose username and password to use. */
  @Parameter(property = "retort.serverId")
  String serverId;

  /** Java package of the migrations (retort.properties: migrations.package; default: migrations). */
  @Parameter(property = "retort.migrationsPackage")
  String migrationsPackage;

  /** Folder of migration sources (default: the package's folder under src/main/java). */
  @Parameter(property = "retort.migrationsDir")
  String migrationsDir;

  /** Seconds opening a connection may take; 0 for no limit (default 10). */
  @Parameter(property = "retort.connectTimeout")
  Integer connectTimeout;

  /** Seconds each answer to Retort's own queries may take; 0 for no limit (default 60). */
  @Parameter(property = "retort.readTimeout")
  Integer readTimeout;

  /** Seconds to wait for another run's migration lock; 0 fails at once when it is held (default 60). */
  @Parameter(property = "retort.lockTimeout")
  Integer lockTimeout;

  /** Also print the classes of the entity package never loaded. */
  @Parameter(property = "retort.verbose", defaultValue = "false")
  boolean verbose;

  /** Do nothing, as when a goal bound to a phase should not run this once. */
  @Parameter(property = "retort.skip", defaultValue = "false")
  boolean skip;

  private PrintWriter log;
  private MavenFrontEnd frontEnd;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipped (retort.skip).");
      return;
    }
    Optional<String> passOver = ReactorModule.passOver(session, project, plugin.getPluginLookupKey());
    if (passOver.isPresent()) {
      getLog().info("Skipped: " + passOver.get());
      return;
    }
    if (!verbose()) {
      QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
    }
    registerDrivers();
    log = LogWriter.to(getLog());
    frontEnd = new MavenFrontEnd(Path.of(project.getBuild().getSourceDirectory()),
        Path.of(project.getBuild().getDirectory()));
    try {
      run();
    } catch (RetortException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (RuntimeException | LinkageError e) {
      throw new MojoExecutionException("Retort failed unexpectedly: " + e + ". The database was left as the last"
          + " completed step left it. Rerun with -e and report the output.", e);
    } finally {
      log.close();
    }
  }

  /** The goal's work. */
  abstract void run() throws MojoFailureException;

  /**
   * The JDBC drivers the plugin carries, registered from its own class loader: the JVM's driver manager finds
   * drivers once, through whichever loader first asks, which in a Maven build need not be this plugin's.
   */
  private static void registerDrivers() {
    ServiceLoader.load(Driver.class, RetortMojo.class.getClassLoader()).forEach(driver -> { });
  }

  /**
   * The class path the entities are read from and the migrations compile against: none but the engine for the
   * goals that read no entities, so they run before the project is compiled.
   */
  String classpath() {
    return "";
  }

  /** A {@code -Dretort.*} property given to this Maven run, or null. */
  String commandLine(String name) {
    String value = session.getUserProperties().getProperty("retort." + name);
    return value == null || value.isBlank() ? null : value;
  }

  /** {@code -Dretort.NAME}, else the configured value. */
  String given(String name, String configured) {
    String value = commandLine(name);
    return value != null ? value : configured;
  }

  Integer givenSeconds(String name, Integer configured) {
    String value = commandLine(name);
    if (value == null) {
      return configured;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new RetortException(ErrorCode.CONFIGURATION, "-Dretort." + name + "=" + value + " is not a number of"
          + " seconds. Nothing was changed and no database was opened. Give whole seconds, 0 for no limit.");
    }
  }

  /** {@code -Dretort.NAME=a,b}, else the configured list. */
  List<String> givenList(String name, List<String> configured) {
    String value = commandLine(name);
    if (value != null) {
      return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
    return configured == null ? List.of() : List.copyOf(configured);
  }

  /** What this run was given, before the environment, retort.properties and the defaults fill in the rest. */
  GivenOptions givenOptions() {
    String givenUser = given("user", user);
    String givenPassword = given("password", password);
    String server = given("serverId", serverId);
    if (server != null && (givenUser == null || givenPassword == null)) {
      Server credentials = server(server);
      givenUser = givenUser != null ? givenUser : credentials.getUsername();
      givenPassword = givenPassword != null ? givenPassword : credentials.getPassword();
    }
    return new GivenOptions(given("url", url), givenUser, givenPassword, given("migrationsDir", migrationsDir),
        given("migrationsPackage", migrationsPackage), entities(), classpath(), include(), exclude(), schemas(),
        givenSeconds("connectTimeout", connectTimeout), givenSeconds("readTimeout", readTimeout));
  }

  /** The entity package given, or null (only the goals that read the entities take one). */
  String entities() {
    return null;
  }

  List<String> include() {
    return List.of();
  }

  List<String> exclude() {
    return List.of();
  }

  List<String> schemas() {
    return List.of();
  }

  private Server server(String id) {
    Server server = mavenSettings.getServer(id);
    if (server == null) {
      throw new RetortException(ErrorCode.CONFIGURATION, "serverId '" + id + "' names no <server> in Maven's"
          + " settings.xml, so Retort has no credentials to use. Nothing was changed and no database was opened."
          + " Add <server><id>" + id + "</id><username>...</username><password>...</password></server> to"
          + " settings.xml, or correct <serverId>.");
    }
    return decrypter.decrypt(new DefaultSettingsDecryptionRequest(server)).getServer();
  }

  @Override
  public Settings settings() {
    return new SettingsResolver(environment(), frontEnd).resolve(givenOptions());
  }

  /** The project of these settings, in the project folder. */
  Project project() {
    return project(settings());
  }

  @Override
  public Project project(Settings settings) {
    Integer seconds = givenSeconds("lockTimeout", lockTimeout);
    if (seconds != null && seconds < 0) {
      throw new RetortException(ErrorCode.CONFIGURATION, "lockTimeout " + seconds + " is negative. Nothing was"
          + " done. Give the seconds to wait for another run's migration lock (default "
          + Migrator.DEFAULT_LOCK_TIMEOUT.toSeconds() + "), or 0 to stop at once when another run holds it.");
    }
    Duration lock = seconds == null ? Migrator.DEFAULT_LOCK_TIMEOUT : Duration.ofSeconds(seconds);
    return new Project(settings, environment().workingDir(), lock, log, null, frontEnd);
  }

  MavenFrontEnd frontEnd() {
    return frontEnd;
  }

  @Override
  public Environment environment() {
    return new Environment(project.getBasedir().toPath(), System.getenv());
  }

  @Override
  public PrintWriter out() {
    return log;
  }

  @Override
  public boolean verbose() {
    String value = commandLine("verbose");
    return value != null ? Boolean.parseBoolean(value) : verbose;
  }

  /** The migrations folder lives in the source tree: writing the first migration creates it. */
  @Override
  public boolean createsMigrationsFolder() {
    return true;
  }

}
