package dev.retort.autogen.discovery;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;

/** A Jandex index of class files read as bytes through a class loader: nothing is loaded or initialised. */
final class ClassFileIndex {
  private ClassFileIndex() {}

  /** @param resourcePaths class files such as {@code com/app/Order.class} */
  static Index read(ClassLoader loader, Collection<String> resourcePaths) {
    Indexer indexer = new Indexer();
    for (String path : resourcePaths) {
      try (InputStream bytes = loader.getResourceAsStream(path)) {
        if (bytes != null) {
          indexer.index(bytes);
        }
      } catch (IOException | RuntimeException e) {
        throw unreadable(path, e);
      }
    }
    return indexer.complete();
  }

  /** A class file that cannot be read, named for the user. */
  static RetortException unreadable(String path, Exception e) {
    return new RetortException(ErrorCode.ENTITY_MAPPING_FAILED, "Cannot read the class file " + path
        + " on the entities' class path: " + e.getMessage() + ". Nothing was written. Rebuild the jar or"
        + " folder that holds it, or remove it from --classpath, then rerun.", e);
  }
}
