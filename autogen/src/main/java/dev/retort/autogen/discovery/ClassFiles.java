package dev.retort.autogen.discovery;

import dev.retort.engine.runtime.PackageScanner;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Opens class files where a class loader would find them, without asking the JDK's own modules first: a
 * loader looks a resource up in every module of the runtime before the class path (for a class file outside
 * their packages, each module in turn), which cost a third of discovery at 1000 entities. The folders and
 * jars of the loader's chain are searched in the order the chain searches them: the JVM's class path, then
 * each plain URL class loader from the outermost in. A path they do not hold, and every path of a chain with a
 * loader of another kind, is asked of the loader.
 */
final class ClassFiles implements AutoCloseable {
  private final ClassLoader loader;
  private final URLClassLoader direct;

  private ClassFiles(ClassLoader loader, URLClassLoader direct) {
    this.loader = loader;
    this.direct = direct;
  }

  static ClassFiles of(ClassLoader loader) {
    Deque<List<URL>> chain = new ArrayDeque<>();
    for (ClassLoader l = loader; l != null; l = l.getParent()) {
      // a subclass may search in another order (child first, as a web application's loader may)
      if (l.getClass() == URLClassLoader.class || l instanceof EntityClassLoader) {
        chain.push(List.of(((URLClassLoader) l).getURLs()));
      } else if (l == ClassLoader.getSystemClassLoader()) {
        chain.push(classPath());
      } else if (l != ClassLoader.getPlatformClassLoader()) {
        // only a loader of another kind can say where its class files are
        return new ClassFiles(loader, null);
      }
    }
    List<URL> urls = new ArrayList<>();
    chain.forEach(urls::addAll);
    return new ClassFiles(loader, new URLClassLoader(urls.toArray(URL[]::new), null));
  }

  private static List<URL> classPath() {
    List<URL> urls = new ArrayList<>();
    for (Path entry : PackageScanner.jvmClassPath()) {
      try {
        urls.add(entry.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalStateException(e);
      }
    }
    return urls;
  }

  /** The bytes of the class file at {@code path} ({@code com/app/Order.class}); null where the loader has none. */
  byte[] read(String path) throws IOException {
    ClassFile file = file(path);
    return file == null ? null : file.bytes();
  }

  /** The class file at {@code path} and the folder it is in; null where the loader has none. */
  ClassFile file(String path) throws IOException {
    URL found = direct == null ? null : direct.findResource(path);
    if (found != null && found.getProtocol().equals("file")) {
      // read in one piece of the file's size: a URL's stream buffers and grows its copy for each file
      try {
        byte[] bytes = Files.readAllBytes(Path.of(found.toURI()));
        String url = found.toExternalForm();
        return new ClassFile(bytes, url.endsWith(path) ? new URL(url.substring(0, url.length() - path.length()))
            : null);
      } catch (URISyntaxException | IllegalArgumentException e) {
        // a URL no path stands for: read through the URL
      }
    }
    try (InputStream in = found != null ? found.openStream() : loader.getResourceAsStream(path)) {
      return in == null ? null : new ClassFile(in.readAllBytes(), null);
    }
  }

  @Override
  public void close() {
    if (direct == null) {
      return;
    }
    try {
      direct.close();
    } catch (IOException e) {
      // only read from; the files close with the process at the latest
    }
  }
}
