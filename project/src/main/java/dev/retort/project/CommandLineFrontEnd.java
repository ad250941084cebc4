package dev.retort.project;

import java.nio.file.Path;
import java.util.Map;

/** The words of the {@code retort} command line, which Retort's messages use unless told otherwise. */
final class CommandLineFrontEnd implements FrontEnd {
  private static final Map<String, String> OPTIONS = Map.of("migrations.dir", "--migrations", "schemas", "--schema");

  @Override
  public String command(String words) {
    return "`retort " + words + "`";
  }

  @Override
  public String setting(String key) {
    return OPTIONS.getOrDefault(key, "--" + key.replace('.', '-'));
  }

  @Override
  public String setting(String key, String value) {
    return setting(key) + " " + value;
  }

  @Override
  public Path defaultMigrationsDir(Path projectFolder, String migrationsPackage) {
    return projectFolder.resolve("migrations");
  }

  @Override
  public Path workFolder(Path projectFolder) {
    return projectFolder;
  }

  @Override
  public boolean migrationsFolderOptional() {
    return false;
  }
}
