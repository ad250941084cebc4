package dev.retort.project;

import dev.retort.autogen.Autogenerator;
import dev.retort.autogen.OfflineComparison;
import dev.retort.autogen.OfflineDatabase;
import dev.retort.autogen.compare.Renames;
import dev.retort.autogen.compare.SchemaDiff;
import dev.retort.autogen.discovery.DiscoveredEntities;
import dev.retort.autogen.discovery.EntityClassPath;
import dev.retort.autogen.discovery.EntityDiscovery;
import dev.retort.autogen.discovery.SkippedClass;
import dev.retort.autogen.entity.HibernateWarmUp;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.runtime.Background;
import dev.retort.engine.runtime.Connector;
import dev.retort.engine.schema.SchemaModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Compares the entities on the configured class path with the database, or offline with the schema the
 * migrations build. The entities are discovered once,
 * when it opens, and what discovery says is printed then: its warnings, and with {@code --verbose} the
 * classes of the package it never loaded.
 */
public final class EntityComparison implements AutoCloseable {
  /** Inside the project, where Spring Boot jars given as --classpath are expanded. */
  static final String BOOT_JAR_CACHE = ".retort/boot-jars";

  private final Project project;
  private final URLClassLoader loader;
  private final DiscoveredEntities entities;

  private EntityComparison(Project project, URLClassLoader loader, DiscoveredEntities entities) {
    this.project = project;
    this.loader = loader;
    this.entities = entities;
  }

  public static EntityComparison open(Project project, Path workingDir, PrintWriter out, boolean verbose) {
    try (Opening opening = begin(project, workingDir)) {
      return opening.open(out, verbose);
    }
  }

  /**
   * Starts discovering the entities on a thread of its own, so that the caller may read its migrations and
   * the database meanwhile; {@link Opening#open} waits for it, prints what it found and throws what it threw,
   * where the caller would have met it.
   */
  public static Opening begin(Project project, Path workingDir) {
    HibernateWarmUp.start(project::dialect);
    return new Opening(Background.start("retort-discovery", () -> discover(project, workingDir)));
  }

  private static EntityComparison discover(Project project, Path workingDir) {
    Settings settings = project.settings();
    if (settings.entities() == null) {
      throw new RetortException(ErrorCode.CONFIGURATION, "No entity package given, so there is nothing to"
          + " compare. Nothing was written. Pass " + project.frontEnd().setting("entities", "com.example.model")
          + " (or set entities in retort.properties).");
    }
    URLClassLoader loader = EntityClassPath.open(settings.classpath(),
        project.frontEnd().workFolder(workingDir).resolve(BOOT_JAR_CACHE),
        EntityComparison.class.getClassLoader());
    try {
      return new EntityComparison(project, loader, EntityDiscovery.discover(loader, settings.entities()));
    } catch (RuntimeException | Error e) {
      closeQuietly(loader, e);
      throw e;
    }
  }

  /** Discovery under way; closing it unopened waits for it and closes what it opened. */
  public static final class Opening implements AutoCloseable {
    private final Background<EntityComparison> discovery;
    private boolean opened;

    private Opening(Background<EntityComparison> discovery) {
      this.discovery = discovery;
    }

    /** The comparison, once discovery ends, with its warnings printed (and with {@code verbose} what it skipped). */
    public EntityComparison open(PrintWriter out, boolean verbose) {
      opened = true;
      EntityComparison comparison = discovery.await();
      comparison.entities.warnings().forEach(w -> out.println("warning: " + w));
      if (verbose) {
        comparison.entities.skipped().stream().map(SkippedClass::describe).forEach(out::println);
      }
      return comparison;
    }

    @Override
    public void close() {
      if (opened) {
        return;
      }
      try {
        discovery.await().close();
      } catch (RuntimeException | Error ignored) {
        // the caller is failing already; what discovery met is no longer asked for
      }
    }
  }

  /** How the front end that opened it words its messages. */
  public FrontEnd frontEnd() {
    return project.frontEnd();
  }

  public SchemaDiff compare() {
    return compare(Renames.NONE);
  }

  public SchemaDiff compare(Renames renames) {
    Settings settings = project.settings();
    Connector connector = project.connector();
    try (Connection connection = connector.open()) {
      return new Autogenerator(project.dialect(), settings.tableSelection(), settings.hibernate())
          .compare(connection, entities, renames);
    } catch (SQLException e) {
      throw connector.readTimedOut("reading the schema", e).orElseGet(() -> new RetortException(
          ErrorCode.DATABASE_ERROR, "Comparing the entities with the database failed: " + e.getMessage()
          + ". Nothing was written. Check the database and rerun.", e));
    } catch (RetortException e) {
      // the introspector words a catalog query that failed; one that ran out of time is said to be that
      throw connector.readTimedOut("reading the schema", e).orElse(e);
    }
  }

  /** What autogen would write to bring the schema the migrations build ({@code replayed}) to the entities. */
  public SchemaDiff compareOffline(OfflineDatabase database, SchemaModel replayed) {
    Settings settings = project.settings();
    return new OfflineComparison(database, settings.tableSelection(), settings.hibernate())
        .compare(entities, replayed);
  }

  @Override
  public void close() {
    try {
      loader.close();
    } catch (IOException e) {
      // the jars stay open until the process ends; nothing depends on closing them
    }
  }

  private static void closeQuietly(URLClassLoader loader, Throwable failure) {
    try {
      loader.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }
}
