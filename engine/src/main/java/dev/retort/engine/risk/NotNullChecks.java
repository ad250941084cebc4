package dev.retort.engine.risk;

import dev.retort.engine.op.AddCheck;
import dev.retort.engine.op.AlterColumn;
import dev.retort.engine.op.DropCheck;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.op.ValidateConstraint;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code CHECK (c IS NOT NULL)} constraints a list of operations added and validated, in order: a SET NOT
 * NULL on such a column scans nothing (PostgreSQL 12 and later use the check as proof) and cannot fail.
 */
final class NotNullChecks {
  private static final Pattern IS_NOT_NULL = Pattern.compile("\\s*\"?([^\"\\s]+)\"?\\s+IS\\s+NOT\\s+NULL\\s*",
      Pattern.CASE_INSENSITIVE);

  /** Checks added, by table and name, with the column they hold. */
  private final Map<String, String> added = new HashMap<>();
  /** Columns proven, as {@code table.column}. */
  private final Set<String> proven = new HashSet<>();

  boolean proves(SchemaOp op) {
    return op instanceof AlterColumn alter && alter.nullabilityChanged() && !alter.to().isNullable()
        && proven.contains(alter.table() + "." + alter.columnName());
  }

  void follow(SchemaOp op) {
    if (op instanceof AddCheck add) {
      Matcher column = IS_NOT_NULL.matcher(add.check().expression());
      if (column.matches()) {
        added.put(key(add.table(), add.check().name()), column.group(1));
      }
    } else if (op instanceof ValidateConstraint validate) {
      String column = added.get(key(validate.table(), validate.name()));
      if (column != null) {
        proven.add(validate.table() + "." + column);
      }
    } else if (op instanceof DropCheck drop) {
      added.remove(key(drop.table(), drop.check().name()));
    }
  }

  private static String key(String table, String name) {
    return table + "\u0000" + name.toLowerCase(Locale.ROOT);
  }
}
