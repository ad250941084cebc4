package dev.retort.cli;

import dev.retort.autogen.compare.Renames;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
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
    Renames renames = Renames.NONE;
    for (String value : values) {
      int equals = value.indexOf('=');
      String from = equals < 0 ? "" : value.substring(0, equals).strip();
      String to = equals < 0 ? "" : value.substring(equals + 1).strip();
      if (from.isEmpty() || to.isEmpty() || to.contains(".") || from.endsWith(".") || from.startsWith(".")) {
        throw new RetortException(ErrorCode.USAGE, "--rename '" + value + "' is not a rename. Nothing was"
            + " written. Use --rename table.column=newcolumn for a column or --rename oldtable=newtable for a"
            + " table.");
      }
      int dot = from.lastIndexOf('.');
      renames = dot < 0 ? renames.withTable(from, to) : renames.withColumn(from.substring(0, dot),
          from.substring(dot + 1), to);
    }
    return renames;
  }
}
