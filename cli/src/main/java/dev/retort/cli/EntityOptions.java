package dev.retort.cli;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The project options of the commands that compare the entities with the database. */
public final class EntityOptions extends ProjectOptions {
  @Option(names = "--entities", paramLabel = "PACKAGE",
      description = "Package of the JPA entities, searched with its sub-packages (retort.properties: entities).")
  String entities;

  @Option(names = "--classpath", paramLabel = "PATHS",
      description = "Folders and jars holding the entities and what they need, separated by the path separator;"
          + " a Spring Boot executable jar is read with its BOOT-INF/lib (retort.properties: classpath).")
  String classpath;

  @Option(names = "--include", paramLabel = "GLOB", split = ",",
      description = "Only tables matching these globs (retort.properties: include). Repeatable.")
  List<String> include = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "GLOB", split = ",",
      description = "Leave tables matching these globs alone (retort.properties: exclude). Repeatable.")
  List<String> exclude = new ArrayList<>();

  @Option(names = "--schema", paramLabel = "SCHEMA", split = ",",
      description = "Also manage this named schema: its tables go once no entity lives there"
          + " (retort.properties: schemas). Repeatable.")
  List<String> schemas = new ArrayList<>();

  @Override
  String entities() {
    return entities;
  }

  @Override
  String classpath() {
    return classpath;
  }

  @Override
  List<String> include() {
    return include;
  }

  @Override
  List<String> exclude() {
    return exclude;
  }

  @Override
  List<String> schemas() {
    return schemas;
  }

  /** The options given that only matter when the entities are compared, as typed on the command line. */
  List<String> comparisonOptionsGiven() {
    List<String> given = new ArrayList<>();
    if (entities != null) {
      given.add("--entities");
    }
    if (!include.isEmpty()) {
      given.add("--include");
    }
    if (!exclude.isEmpty()) {
      given.add("--exclude");
    }
    if (!schemas.isEmpty()) {
      given.add("--schema");
    }
    return given;
  }

  @Override
  void validate() {
    super.validate();
    requirePackage("--entities", entities);
    requireNames("--include", include, "table globs such as audit_*");
    requireNames("--exclude", exclude, "table globs such as audit_*");
    requireNames("--schema", schemas, "schema names such as billing");
  }

  private static void requireNames(String option, List<String> values, String what) {
    if (values.stream().anyMatch(String::isBlank)) {
      throw new RetortException(ErrorCode.USAGE, option + " has an empty value (" + String.join(",", values)
          .transform(v -> "'" + v + "'") + "), which would select nothing. Nothing was done. Give " + what
          + ", separated by commas or with " + option + " repeated.");
    }
  }
}
