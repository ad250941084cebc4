package dev.retort.autogen;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.column;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autogen.compare.SchemaDiff;
import dev.retort.engine.op.DropTable;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.schema.TableDef;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnversHintTest {
  private static SchemaOp drop(String table) {
    return new DropTable(TableDef.of(table, List.of(column("id", bigint()))));
  }

  @Test
  void droppingEnversTablesSaysWhereEnversComesFrom() {
    SchemaDiff diff = new SchemaDiff(List.of(drop("books_AUD"), drop("REVINFO"), drop("notes")), List.of("w"),
        List.of());
    assertThat(EnversHint.warn(diff).warnings()).containsExactly("w", "The migration drops books_AUD, REVINFO,"
        + " which look like Envers audit tables. Envers adds them only when hibernate-envers is on the entities'"
        + " class path: if the application audits its entities, add the jar to --classpath and run autogen"
        + " again; otherwise the drops are what you asked for.");
  }

  @Test
  void anAudTableAloneIsNoEnversTable() {
    SchemaDiff diff = new SchemaDiff(List.of(drop("price_aud")), List.of(), List.of());
    assertThat(EnversHint.warn(diff)).isSameAs(diff);
  }
}
