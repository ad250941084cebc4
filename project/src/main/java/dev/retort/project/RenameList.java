package dev.retort.project;

import dev.retort.autogen.compare.Renames;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import java.util.List;

/** Reads confirmed renames as the user gives them: {@code table.column=newcolumn} and {@code oldtable=newtable}. */
public final class RenameList {
  private RenameList() {}

  public static Renames parse(List<String> values, FrontEnd frontEnd) {
    Renames renames = Renames.NONE;
    for (String value : values) {
      int equals = value.indexOf('=');
      String from = equals < 0 ? "" : value.substring(0, equals).strip();
      String to = equals < 0 ? "" : value.substring(equals + 1).strip();
      if (from.isEmpty() || to.isEmpty() || to.contains(".") || from.endsWith(".") || from.startsWith(".")) {
        throw new RetortException(ErrorCode.USAGE, frontEnd.setting("rename") + " '" + value + "' is not a rename."
            + " Nothing was written. Use " + frontEnd.setting("rename", "table.column=newcolumn") + " for a column"
            + " or " + frontEnd.setting("rename", "oldtable=newtable") + " for a table.");
      }
      int dot = from.lastIndexOf('.');
      renames = dot < 0 ? renames.withTable(from, to) : renames.withColumn(from.substring(0, dot),
          from.substring(dot + 1), to);
    }
    return renames;
  }
}
