package dev.retort.autogen;

import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.integer;
import static dev.retort.engine.migration.Dsl.sequence;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableSelectionTest {
  private static TableDef table(String name) {
    return TableDef.of(name, List.of(column("id", integer())));
  }

  @Test
  void theSameGlobsSelectTablesAndSequences() {
    SchemaModel schema = new SchemaModel(List.of(table("billing_invoices"), table("audit_log")),
        List.of(sequence("billing_invoices_seq"), sequence("audit_seq"), sequence("invoice_seq")));
    TableSelection selection = new TableSelection(List.of("billing_*", "invoice_seq"), List.of("*_log"));

    assertThat(selection.apply(schema)).isEqualTo(new SchemaModel(List.of(table("billing_invoices")),
        List.of(sequence("billing_invoices_seq"), sequence("invoice_seq"))));
    assertThat(TableSelection.ALL.apply(schema)).isEqualTo(schema);
  }
}
