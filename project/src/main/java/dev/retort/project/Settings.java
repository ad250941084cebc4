package dev.retort.project;

import dev.retort.autogen.TableSelection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Resolved settings for one command run.
 *
 * @param url JDBC URL
 * @param user database user
 * @param password database password (never printed)
 * @param migrationsDir folder of migration sources
 * @param migrationsPackage Java package of generated migrations
 * @param entities entity package for autogenerate, or null
 * @param classpath extra class path entries for entities
 * @param include table globs autogenerate looks at (empty: all)
 * @param exclude table globs autogenerate leaves alone
 * @param schemas named schemas autogenerate manages besides those the entities name
 * @param hibernate the application's Hibernate settings for reading the entities ({@code hibernate.*} and
 *     {@code org.hibernate.envers.*})
 * @param connectTimeout how long opening a connection may take; zero for no limit
 * @param readTimeout how long each answer to Retort's own queries may take; zero for no limit
 * @param planning how autogen writes migrations ({@code planner}, {@code online.lock-timeout})
 */
public record Settings(String url, String user, String password, Path migrationsDir, String migrationsPackage,
    String entities, List<Path> classpath, List<String> include, List<String> exclude, List<String> schemas,
    Map<String, String> hibernate, Duration connectTimeout, Duration readTimeout, Planning planning) {
  public Settings {
    classpath = List.copyOf(classpath);
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    schemas = List.copyOf(schemas);
    hibernate = Map.copyOf(hibernate);
  }

  /** The tables {@code include}, {@code exclude} and {@code schemas} choose. */
  public TableSelection tableSelection() {
    return new TableSelection(include, exclude, schemas);
  }

  @Override
  public String toString() {
    return "Settings[url=" + url + ", user=" + user + ", password=***, migrationsDir=" + migrationsDir
        + ", migrationsPackage=" + migrationsPackage + ", entities=" + entities + ", classpath=" + classpath
        + ", include=" + include + ", exclude=" + exclude + ", schemas=" + schemas + ", hibernate=" + hibernate
        + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", planning=" + planning + "]";
  }
}
