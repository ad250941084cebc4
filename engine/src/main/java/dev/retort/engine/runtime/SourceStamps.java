package dev.retort.engine.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Which cache entry a set of sources compiled to, known from the files' names, sizes and modification times,
 * so that a run whose sources did not change reads none of them. A stamp file in the cache, named by the
 * hash of those attributes, holds the entry's name (the hash of the contents). As git does for its index, a
 * stamp is written only when every source is older than {@link #SETTLED}: a file changed within the clock's
 * granularity of an earlier write keeps its time, but such a file is always read and hashed.
 */
final class SourceStamps {
  /** Sources changed more recently than this are hashed every time until they settle. */
  static final Duration SETTLED = Duration.ofSeconds(2);
  private static final String SUFFIX = ".stamp";
  private static final Pattern ENTRY = Pattern.compile("[0-9a-f]{32}");

  private final Path root;

  SourceStamps(Path root) {
    this.root = root;
  }

  /** What the stamp {@code key} names, if a stamp was written and its entry is still there. */
  Optional<String> entry(String key) {
    try {
      String name = Files.readString(root.resolve(key + SUFFIX), StandardCharsets.UTF_8).strip();
      return ENTRY.matcher(name).matches() ? Optional.of(name) : Optional.empty();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      // an unreadable stamp only means hashing the sources
      return Optional.empty();
    }
  }

  /**
   * Records that the sources stamped {@code key} compiled to {@code entry}, when all of {@code sources} have
   * settled; drops stamps of entries that were pruned.
   */
  void remember(String key, String entry, List<Path> sources) throws IOException {
    Instant settled = Instant.now().minus(SETTLED);
    for (Path source : sources) {
      if (!Files.getLastModifiedTime(source).toInstant().isBefore(settled)) {
        return;
      }
    }
    Path partial = root.resolve(key + SUFFIX + "." + ProcessHandle.current().pid() + "." + System.nanoTime());
    Files.writeString(partial, entry, StandardCharsets.UTF_8);
    Files.move(partial, root.resolve(key + SUFFIX), StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
    forgetPruned();
  }

  private void forgetPruned() throws IOException {
    try (DirectoryStream<Path> stamps = Files.newDirectoryStream(root, "*" + SUFFIX)) {
      for (Path stamp : stamps) {
        Optional<String> entry = entry(stamp.getFileName().toString().replace(SUFFIX, ""));
        if (entry.isEmpty() || !Files.isDirectory(root.resolve(entry.get()))) {
          Files.deleteIfExists(stamp);
        }
      }
    }
  }

  /** The line a source adds to a stamp key: its name in the folder, size and modification time. */
  static String attributes(Path folder, Path source) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(source, BasicFileAttributes.class);
    return folder.relativize(source) + "|" + attributes.size() + "|"
        + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
  }
}
