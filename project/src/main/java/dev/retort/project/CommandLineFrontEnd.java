package dev.retort.project;

import dev.retort.engine.error.SettingNames;
import java.nio.file.Path;

/** The words of the {@code retort} command line, which Retort's messages use unless told otherwise. */
final class CommandLineFrontEnd implements FrontEnd {
  @Override
  public String command(String words) {
    return "`retort " + words + "`";
  }

  @Override
  public String setting(String key) {
    return SettingNames.COMMAND_LINE.setting(key);
  }

  @Override
  public String settings(String... keys) {
    return SettingNames.COMMAND_LINE.settings(keys);
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
