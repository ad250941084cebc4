package dev.retort.cli;

import picocli.CommandLine.Option;

/** Options of the commands that write a migration. */
public final class GenerateOptions {
  @Option(names = {"-m", "--message"}, paramLabel = "MESSAGE",
      description = "What the migration does; also names the class.")
  String message;

  @Option(names = "--rev-id", paramLabel = "ID",
      description = "Use this revision id instead of a random one (12 hex digits by convention).")
  String revisionId;

  @Option(names = "--entities", paramLabel = "PACKAGE",
      description = "Package of the JPA entities, searched with its sub-packages (retort.properties: entities).")
  String entities;

  @Option(names = "--rename", paramLabel = "OLD=NEW",
      description = "Confirm a rename so its data is kept: table.column=newcolumn or oldtable=newtable."
          + " Repeatable.")
  java.util.List<String> renames = new java.util.ArrayList<>();

  @Option(names = "--include", paramLabel = "GLOB", split = ",",
      description = "Only tables matching these globs (retort.properties: include). Repeatable.")
  java.util.List<String> include = new java.util.ArrayList<>();

  @Option(names = "--exclude", paramLabel = "GLOB", split = ",",
      description = "Leave tables matching these globs alone (retort.properties: exclude). Repeatable.")
  java.util.List<String> exclude = new java.util.ArrayList<>();

  @Option(names = "--schema", paramLabel = "SCHEMA", split = ",",
      description = "Also manage this named schema: its tables go once no entity lives there"
          + " (retort.properties: schemas). Repeatable.")
  java.util.List<String> schemas = new java.util.ArrayList<>();

  @Option(names = "--classpath", paramLabel = "PATHS",
      description = "Folders and jars holding the entities and what they need, separated by the path separator;"
          + " a Spring Boot executable jar is read with its BOOT-INF/lib (retort.properties: classpath).")
  String classpath;
}
