package dev.retort.autogen.discovery;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A Spring Boot executable jar: its classes live under {@code BOOT-INF/classes} and its dependencies are
 * jars inside it under {@code BOOT-INF/lib}, which no {@link java.net.URLClassLoader} reads. They are
 * extracted once into a cache folder named after the jar's SHA-256, so a rebuilt jar gets a folder of its
 * own and an unchanged one is reused; folders are made readable by the owner only, since the application's
 * classes may carry settings.
 */
final class BootJar {
  private static final String ROOT = "BOOT-INF/";
  private static final String CLASSES = "BOOT-INF/classes/";
  private static final String LIB = "BOOT-INF/lib/";
  private static final String INDEX = "BOOT-INF/classpath.idx";

  private BootJar() {}

  static boolean is(Path jar) {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return zip.stream().anyMatch(e -> e.getName().startsWith(CLASSES) || e.getName().startsWith(LIB));
    } catch (IOException e) {
      return false;
    }
  }

  /** {@code classes} first, then the library jars in {@code classpath.idx} order (else by name). */
  static List<Path> expand(Path jar, Path cache) {
    try {
      ownerOnlyDirectories(cache);
      String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
      Path target = cache.resolve(name + "-" + sha256(jar).substring(0, 16));
      if (!Files.isDirectory(target)) {
        Path partial = Files.createTempDirectory(cache, ".extracting-", ownerOnly());
        try {
          extract(jar, partial);
        } catch (IOException | RuntimeException e) {
          delete(partial);
          throw e;
        }
        publish(partial, target);
      }
      return layout(target);
    } catch (IOException e) {
      throw new RetortException(ErrorCode.IO, "Cannot expand the Spring Boot jar " + jar + " into " + cache + ": "
          + e.getMessage() + ". Nothing was written. Check that the project folder is writable (or delete "
          + cache + "), then rerun.", e);
    }
  }

  /** Moves a complete extraction into place, so a run never sees half a folder. */
  private static void publish(Path partial, Path target) throws IOException {
    try {
      try {
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, target);
      }
    } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
      // another run extracted the same jar first; its copy is identical
      delete(partial);
    }
  }

  private static void extract(Path jar, Path target) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (!entry.getName().startsWith(ROOT) || entry.isDirectory()) {
          continue;
        }
        Path file = target.resolve(entry.getName().substring(ROOT.length())).normalize();
        if (!file.startsWith(target)) {
          throw new RetortException(ErrorCode.IO, "The Spring Boot jar " + jar + " holds the entry "
              + entry.getName() + ", which points outside the folder it would be expanded into, so it was not"
              + " expanded. Nothing was written. Rebuild the jar, or pass its classes and library jars to"
              + " --classpath yourself.");
        }
        Files.createDirectories(file.getParent());
        try (InputStream in = zip.getInputStream(entry)) {
          Files.copy(in, file);
        }
      }
    }
  }

  private static List<Path> layout(Path target) throws IOException {
    List<Path> entries = new ArrayList<>();
    Path classes = target.resolve("classes");
    if (Files.isDirectory(classes)) {
      entries.add(classes);
    }
    Path lib = target.resolve("lib");
    Path index = target.resolve("classpath.idx");
    List<Path> jars = new ArrayList<>();
    if (Files.isRegularFile(index)) {
      for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
        String entry = line.replaceFirst("^- ", "").replace("\"", "").strip();
        if (entry.startsWith(LIB) && Files.isRegularFile(lib.resolve(entry.substring(LIB.length())))) {
          jars.add(lib.resolve(entry.substring(LIB.length())));
        }
      }
    }
    if (Files.isDirectory(lib)) {
      try (Stream<Path> files = Files.list(lib)) {
        files.filter(f -> f.toString().endsWith(".jar")).sorted().filter(f -> !jars.contains(f)).forEach(jars::add);
      }
    }
    entries.addAll(jars);
    return entries;
  }

  private static String sha256(Path jar) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(Files.newInputStream(jar), digest)) {
        in.transferTo(OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static void ownerOnlyDirectories(Path directory) throws IOException {
    if (Files.isDirectory(directory)) {
      return;
    }
    if (directory.getParent() != null) {
      ownerOnlyDirectories(directory.getParent());
    }
    Files.createDirectory(directory, ownerOnly());
  }

  private static FileAttribute<?>[] ownerOnly() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
        : new FileAttribute<?>[0];
  }

  private static void delete(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> {
        try {
          Files.delete(f);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
