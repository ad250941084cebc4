package dev.retort.autogen.discovery;

import dev.retort.engine.runtime.PackageScanner;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
 * each plain URL class loader from the outermost in. A folder is read from directly (a URL lookup makes a URL
 * and checks the file before it is read, a fifth of discovery); a run of jars is searched by a URL class loader
 * of its own, which follows their manifests' class paths as the chain's loaders do. Every path of a chain with
 * a loader of another kind is asked of the loader.
 */
final class ClassFiles implements AutoCloseable {
  private final ClassLoader loader;
  private final List<Source> sources;

  private ClassFiles(ClassLoader loader, List<Source> sources) {
    this.loader = loader;
    this.sources = sources;
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
    List<Source> sources = new ArrayList<>();
    List<URL> jars = new ArrayList<>();
    for (List<URL> urls : chain) {
      for (URL url : urls) {
        Path folder = folder(url);
        if (folder == null) {
          jars.add(url);
          continue;
        }
        if (!jars.isEmpty()) {
          sources.add(new Jars(new URLClassLoader(jars.toArray(URL[]::new), null)));
          jars.clear();
        }
        sources.add(new Folder(folder, url));
      }
    }
    if (!jars.isEmpty()) {
      sources.add(new Jars(new URLClassLoader(jars.toArray(URL[]::new), null)));
    }
    return new ClassFiles(loader, sources);
  }

  /** The folder a URL of a class path stands for (a file URL ending in a slash, as a URL class loader takes it). */
  private static Path folder(URL url) {
    if (!url.getProtocol().equals("file") || !url.getFile().endsWith("/")) {
      return null;
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      // a URL no path stands for: searched as a URL class loader searches it
      return null;
    }
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
    if (sources == null) {
      try (InputStream in = loader.getResourceAsStream(path)) {
        return in == null ? null : new ClassFile(in.readAllBytes(), null);
      }
    }
    for (Source source : sources) {
      ClassFile file = source.file(path);
      if (file != null) {
        return file;
      }
    }
    return null;
  }

  @Override
  public void close() {
    if (sources == null) {
      return;
    }
    for (Source source : sources) {
      if (source instanceof Jars jars) {
        try {
          jars.loader().close();
        } catch (IOException e) {
          // only read from; the files close with the process at the latest
        }
      }
    }
  }

  /** One stretch of the chain's class path. */
  private sealed interface Source permits Folder, Jars {
    /** The class file at {@code path} in this stretch; null where it has none. */
    ClassFile file(String path) throws IOException;
  }

  private record Folder(Path folder, URL url) implements Source {
    @Override
    public ClassFile file(String path) throws IOException {
      try {
        // in one piece of the file's size: a URL's stream buffers and grows its copy for each file
        return new ClassFile(Files.readAllBytes(folder.resolve(path)), url);
      } catch (NoSuchFileException e) {
        return null;
      }
    }
  }

  private record Jars(URLClassLoader loader) implements Source {
    @Override
    public ClassFile file(String path) throws IOException {
      URL found = loader.findResource(path);
      if (found == null) {
        return null;
      }
      try (InputStream in = found.openStream()) {
        return new ClassFile(in.readAllBytes(), null);
      }
    }
  }
}
