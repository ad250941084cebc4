package dev.retort.autogen;

import dev.retort.autogen.compare.SchemaDiff;
import dev.retort.engine.op.DropTable;
import dev.retort.engine.schema.QualifiedName;
import java.util.List;
import java.util.Locale;

/**
 * Envers' tables come from Envers on the entities' class path, not from the entities: without it, autogen
 * would drop {@code REVINFO} and every {@code _AUD} table. The drops stay (the entities may really have lost
 * auditing), but the user is told what most likely happened.
 */
final class EnversHint {
  private EnversHint() {}

  static SchemaDiff warn(SchemaDiff diff) {
    List<String> dropped = diff.upgrade().stream()
        .filter(DropTable.class::isInstance)
        .map(op -> ((DropTable) op).table().name())
        .filter(EnversHint::looksAudited)
        .toList();
    if (dropped.stream().noneMatch(t -> bare(t).equals("revinfo"))) {
      return diff;
    }
    return diff.withWarnings(List.of("The migration drops " + String.join(", ", dropped) + ", which look like"
        + " Envers audit tables. Envers adds them only when hibernate-envers is on the entities' class path:"
        + " if the application audits its entities, add the jar to --classpath and run autogen again;"
        + " otherwise the drops are what you asked for."));
  }

  private static boolean looksAudited(String table) {
    String name = bare(table);
    return name.equals("revinfo") || name.endsWith("_aud");
  }

  private static String bare(String table) {
    return QualifiedName.parse(table).name().toLowerCase(Locale.ROOT);
  }
}
