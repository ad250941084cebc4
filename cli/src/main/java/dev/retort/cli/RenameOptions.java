package dev.retort.cli;

import dev.retort.autogen.compare.Renames;
import dev.retort.project.FrontEnd;
import dev.retort.project.RenameList;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Reads {@code --rename table.column=newcolumn} and {@code --rename oldtable=newtable}. */
public final class RenameOptions {
  @Option(names = "--rename", paramLabel = "OLD=NEW",
      description = "Confirm a rename so its data is kept: table.column=newcolumn or oldtable=newtable."
          + " Repeatable.")
  List<String> values = new ArrayList<>();

  boolean given() {
    return !values.isEmpty();
  }

  Renames parse() {
    return RenameList.parse(values, FrontEnd.COMMAND_LINE);
  }
}
