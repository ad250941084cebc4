package dev.retort.project;

import dev.retort.engine.error.SettingNames;
import java.nio.file.Path;

/**
 * What differs between the front ends that run Retort's commands: how a message names a command and a setting
 * (so it names the next step in the user's own terms), the default migrations folder, and where Retort keeps
 * its own files. Everything else they share.
 */
public interface FrontEnd extends SettingNames {
  /** The {@code retort} command line. */
  FrontEnd COMMAND_LINE = new CommandLineFrontEnd();

  /** A command as its user types it, quoted, from the command line's words: {@code `retort upgrade head`}. */
  String command(String words);

  /** A setting as its user gives it, from its retort.properties key: {@code --url}. */
  @Override
  String setting(String key);

  /** A setting with a value, as its user gives it: {@code --entities com.example.model}. */
  String setting(String key, String value);

  /** The migrations folder when none is configured, for the migrations' package. */
  Path defaultMigrationsDir(Path projectFolder, String migrationsPackage);

  /** The folder that holds Retort's own {@code .retort} (compiled migrations, expanded jars). */
  Path workFolder(Path projectFolder);

  /**
   * Whether a migrations folder that does not exist yet means no migrations (a source tree where autogen
   * creates it) rather than a mistake in the settings.
   */
  boolean migrationsFolderOptional();
}
