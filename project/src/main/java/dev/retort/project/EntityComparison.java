package dev.retort.project;

import dev.retort.autogen.Autogenerator;
import dev.retort.autogen.OfflineComparison;
import dev.retort.autogen.OfflineDatabase;
import dev.retort.autogen.TableSelection;
import dev.retort.autogen.compare.Renames;
import dev.retort.autogen.compare.SchemaDiff;
import dev.retort.autogen.discovery.DiscoveredEntities;
import dev.retort.autogen.discovery.EntityClassPath;
import dev.retort.autogen.discovery.EntityDiscovery;
import dev.retort.autogen.discovery.SkippedClass;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
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
      DiscoveredEntities entities = EntityDiscovery.discover(loader, settings.entities());
      entities.warnings().forEach(w -> out.println("warning: " + w));
      if (verbose) {
        entities.skipped().stream().map(SkippedClass::describe).forEach(out::println);
      }
      return new EntityComparison(project, loader, entities);
    } catch (RuntimeException e) {
      closeQuietly(loader, e);
      throw e;
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
      TableSelection selection = new TableSelection(settings.include(), settings.exclude(), settings.schemas());
      return new Autogenerator(project.dialect(), selection, settings.hibernate())
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
    TableSelection selection = new TableSelection(settings.include(), settings.exclude(), settings.schemas());
    return new OfflineComparison(database, selection, settings.hibernate()).compare(entities, replayed);
  }

  @Override
  public void close() {
    try {
      loader.close();
    } catch (IOException e) {
      // the jars stay open until the process ends; nothing depends on closing them
    }
  }

  private static void closeQuietly(URLClassLoader loader, RuntimeException failure) {
    try {
      loader.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }
}
