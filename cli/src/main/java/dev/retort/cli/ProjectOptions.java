package dev.retort.cli;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Where the project's migrations are, listed under "Project:" in a command's help; commands that read the
 * entities or write settings take a subclass with more.
 */
public class ProjectOptions {
  @Option(names = "--migrations", paramLabel = "DIR",
      description = "Folder of migration sources (retort.properties: migrations.dir; default: migrations).")
  String migrations;

  /** The entity package given, or null. */
  String entities() {
    return null;
  }

  /** The class path given, or null. */
  String classpath() {
    return null;
  }

  List<String> include() {
    return List.of();
  }

  List<String> exclude() {
    return List.of();
  }

  List<String> schemas() {
    return List.of();
  }

  /** Refuses values that would quietly mean something else than what was typed. */
  void validate() {
    if (migrations != null && migrations.isBlank()) {
      throw new RetortException(ErrorCode.USAGE, "--migrations is empty, which would make the project folder"
          + " itself the migrations folder. Nothing was done. Name the folder of migration sources, such as"
          + " --migrations migrations.");
    }
  }

  static void requirePackage(String option, String value) {
    if (value != null && value.isBlank()) {
      throw new RetortException(ErrorCode.USAGE, option + " is empty. Nothing was done. Give a Java package,"
          + " such as " + option + " com.example.model, or leave the option out.");
    }
  }
}
