package dev.retort.cli;

import dev.retort.autogen.Autogenerator;
import dev.retort.autogen.TableSelection;
import dev.retort.autogen.compare.Renames;
import dev.retort.autogen.compare.SchemaDiff;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Compares the entities on the configured class path with the database. */
final class EntityComparison {
  private EntityComparison() {}

  static SchemaDiff run(Project project) {
    return run(project, Renames.NONE);
  }

  static SchemaDiff run(Project project, Renames renames) {
    Settings settings = project.settings();
    if (settings.entities() == null) {
      throw new RetortException(ErrorCode.CONFIGURATION, "No entity package given, so there is nothing to"
          + " compare. Nothing was written. Pass --entities com.example.model (or set entities in"
          + " retort.properties).");
    }
    try (URLClassLoader entities = classLoader(settings.classpath());
        Connection connection = project.connector().open()) {
      TableSelection selection = new TableSelection(settings.include(), settings.exclude(), settings.schemas());
      return new Autogenerator(project.dialect(), selection, settings.hibernate())
          .compare(connection, settings.entities(), entities, renames);
    } catch (IOException | SQLException e) {
      throw new RetortException(ErrorCode.DATABASE_ERROR, "Comparing the entities with the database failed: "
          + e.getMessage() + ". Nothing was written. Check the database and rerun.", e);
    }
  }

  private static URLClassLoader classLoader(List<Path> classpath) {
    List<URL> urls = new ArrayList<>();
    for (Path entry : classpath) {
      if (!Files.exists(entry)) {
        throw new RetortException(ErrorCode.CONFIGURATION, "The class path entry " + entry + " does not exist."
            + " Nothing was written. Build the entities first, or correct --classpath (or classpath in"
            + " retort.properties).");
      }
      try {
        urls.add(entry.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalStateException(e);
      }
    }
    return new URLClassLoader(urls.toArray(URL[]::new), EntityComparison.class.getClassLoader());
  }
}
