package dev.retort.engine.runtime;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where compiled migrations are kept between runs: {@code .retort/cache} inside the project. Retort loads and
 * runs the classes it finds there, so the folder, and every folder Retort creates on the way to it, must be
 * the user's alone: created owner-only ({@code rwx------}) on POSIX file systems, and refused when another
 * user owns it or group or others may write to it.
 */
final class MigrationCache {
  /** The cache inside a project folder. */
  static final Path IN_PROJECT = Path.of(".retort", "cache");
  /** How many compiled versions of the migrations stay: the current one and a few to switch back to. */
  static final int KEPT = 5;

  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
  /** A compilation that left its folder unfinished this long ago died. */
  private static final Duration ABANDONED = Duration.ofHours(1);

  private final Path project;
  private final Path root;

  MigrationCache(Path project) {
    this.project = project.toAbsolutePath().normalize();
    this.root = this.project.resolve(IN_PROJECT);
  }

  Path root() {
    return root;
  }

  /** The cache folder, made or checked: every folder from the project down to it is safe to load from. */
  Path open() {
    Path folder = project;
    for (Path name : IN_PROJECT) {
      folder = folder.resolve(name);
      secure(folder);
    }
    return root;
  }

  /** A new owner-only folder inside the cache. */
  Path createFolder(String name) throws IOException {
    Path folder = root.resolve(name);
    if (posix(root)) {
      Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      Files.setPosixFilePermissions(folder, OWNER_ONLY);
    } else {
      Files.createDirectory(folder);
    }
    return folder;
  }

  /** Marks an entry as just used, so pruning keeps it. */
  void touch(Path entry) throws IOException {
    Files.setLastModifiedTime(entry, FileTime.from(Instant.now()));
  }

  /**
   * Removes all but the {@link #KEPT} most recently used complete entries, and unfinished ones abandoned by a
   * run that died. {@code complete} names the file a finished entry holds.
   */
  void prune(String complete) throws IOException {
    List<Path> entries;
    try (Stream<Path> children = Files.list(root)) {
      entries = children.filter(Files::isDirectory).toList();
    }
    Instant abandoned = Instant.now().minus(ABANDONED);
    List<Path> finished = entries.stream().filter(e -> Files.isRegularFile(e.resolve(complete)))
        .sorted(Comparator.comparing(MigrationCache::lastUsed).reversed()).toList();
    for (Path stale : finished.subList(Math.min(KEPT, finished.size()), finished.size())) {
      deleteTree(stale);
    }
    for (Path entry : entries) {
      if (!finished.contains(entry) && lastUsed(entry).isBefore(abandoned)) {
        deleteTree(entry);
      }
    }
  }

  private void secure(Path folder) {
    try {
      if (!Files.exists(folder)) {
        create(folder);
      }
      if (!Files.isDirectory(folder)) {
        throw refused(folder, "is not a folder", "remove it");
      }
      if (!posix(folder)) {
        return;
      }
      PosixFileAttributes attributes = Files.readAttributes(folder, PosixFileAttributes.class);
      UserPrincipal user = CurrentUser.principal(folder);
      if (user != null && !attributes.owner().equals(user)) {
        throw refused(folder, "belongs to " + attributes.owner().getName() + ", not to " + user.getName()
            + " who runs Retort, so that user could put classes there for Retort to run",
            "remove it (Retort makes it again, for you alone)");
      }
      Set<PosixFilePermission> permissions = attributes.permissions();
      if (permissions.contains(PosixFilePermission.GROUP_WRITE)
          || permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
        throw refused(folder, "can be written by " + (permissions.contains(PosixFilePermission.OTHERS_WRITE)
            ? "every user" : "its group") + " (" + PosixFilePermissions.toString(permissions) + "), so others"
            + " could put classes there for Retort to run", "make it yours alone with `chmod 700 " + folder
            + "`, or remove it (Retort makes it again)");
      }
    } catch (IOException e) {
      throw new RetortException(ErrorCode.IO, "Cannot prepare the migration cache folder " + folder + ": " + e
          + ". No migration ran. Check that the project folder " + project + " can be written, and rerun.", e);
    }
  }

  private static void create(Path folder) throws IOException {
    try {
      if (posix(folder.getParent())) {
        Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        // the umask may have taken more than asked; never less
        Files.setPosixFilePermissions(folder, OWNER_ONLY);
      } else {
        Files.createDirectory(folder);
      }
    } catch (FileAlreadyExistsException raced) {
      // another run made it first: checked like any folder found there
    }
  }

  private RetortException refused(Path folder, String problem, String fix) {
    return new RetortException(ErrorCode.IO, "The migration cache folder " + folder + " " + problem + ". Retort"
        + " loads compiled migrations from there, so it refuses to use it; no migration ran. To go on, " + fix
        + ".");
  }

  private static boolean posix(Path path) {
    return Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
  }

  private static Instant lastUsed(Path entry) {
    try {
      return Files.getLastModifiedTime(entry).toInstant();
    } catch (IOException e) {
      return Instant.EPOCH;
    }
  }

  static void deleteTree(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      // what cannot be deleted now is pruned by a later run
    }
  }
}
