package dev.retort.engine.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;

/** The user this process runs as, as the file system names owners. */
final class CurrentUser {
  private static final Path OWN_PROCESS = Path.of("/proc/self");

  private CurrentUser() {}

  /** Null when the file system cannot say (then permissions alone decide). */
  static UserPrincipal principal(Path onFileSystem) {
    try {
      return onFileSystem.getFileSystem().getUserPrincipalLookupService()
          .lookupPrincipalByName(System.getProperty("user.name"));
    } catch (IOException | UnsupportedOperationException e) {
      // a container user without a name: Linux shows the process's own user as the owner of /proc/self
      try {
        return Files.exists(OWN_PROCESS) ? Files.getOwner(OWN_PROCESS) : null;
      } catch (IOException unknown) {
        return null;
      }
    }
  }
}
