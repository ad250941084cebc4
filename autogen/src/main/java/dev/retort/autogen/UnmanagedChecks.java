package dev.retort.autogen;

import dev.retort.autogen.compare.SchemaDiff;
import dev.retort.autogen.entity.EntitySchema;
import dev.retort.engine.op.AddColumn;
import dev.retort.engine.op.CreateTable;
import dev.retort.engine.op.SchemaOp;
import java.util.ArrayList;
import java.util.List;

/**
 * Retort does not compare CHECK constraints yet (databases rewrite their expressions beyond reliable
 * comparison). Where a migration creates a table or adds a column that Hibernate would give a CHECK,
 * the user is told, with the expression, instead of the check being left out silently.
 */
final class UnmanagedChecks {
  private UnmanagedChecks() {}

  static SchemaDiff warn(SchemaDiff diff, List<EntitySchema.Check> checks) {
    List<String> warnings = new ArrayList<>(diff.warnings());
    for (EntitySchema.Check check : checks) {
      if (diff.upgrade().stream().anyMatch(op -> creates(op, check))) {
        String where = check.column() == null ? check.table() : check.table() + "." + check.column();
        warnings.add("Hibernate would also create CHECK (" + check.expression() + ") on " + where + "; Retort"
            + " does not manage CHECK constraints yet, so the migration leaves it out. Add it with"
            + " op.execute(...) if you rely on it.");
      }
    }
    return warnings.size() == diff.warnings().size()
        ? diff : new SchemaDiff(diff.upgrade(), warnings, diff.renameCandidates());
  }

  private static boolean creates(SchemaOp op, EntitySchema.Check check) {
    if (op instanceof CreateTable create) {
      return create.table().name().equals(check.table());
    }
    return op instanceof AddColumn add && add.table().equals(check.table()) && check.column() != null
        && add.column().name().equals(check.column());
  }
}
