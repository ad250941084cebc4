package dev.retort.autogen.discovery;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The class loader for a user's entities: the folders and jars they name, with any Spring Boot executable
 * jar among them expanded first. Retort's own loader is the parent, so Retort's Hibernate and JPA API win
 * over copies the application brings.
 */
public final class EntityClassPath {
  private EntityClassPath() {}

  /**
   * @param entries folders and jars, as given
   * @param cache where Spring Boot jars are expanded (inside the project, such as {@code .retort/boot-jars})
   */
  public static EntityClassLoader open(List<Path> entries, Path cache, ClassLoader parent) {
    List<URL> urls = new ArrayList<>();
    for (Path entry : entries) {
      if (!Files.exists(entry)) {
        throw new RetortException(ErrorCode.CONFIGURATION, "The class path entry " + entry + " does not exist."
            + " Nothing was written. Build the entities first, or correct --classpath (or classpath in"
            + " retort.properties).");
      }
      List<Path> expanded = Files.isRegularFile(entry) && BootJar.is(entry) ? BootJar.expand(entry, cache)
          : List.of(entry);
      for (Path path : expanded) {
        try {
          urls.add(path.toUri().toURL());
        } catch (MalformedURLException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return new EntityClassLoader(urls.toArray(URL[]::new), parent);
  }
}
