package dev.retort.autogen.compare;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.primaryKey;
import static dev.retort.engine.migration.Dsl.sequence;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.op.AddColumn;
import dev.retort.engine.op.AlterSequence;
import dev.retort.engine.op.CreateSequence;
import dev.retort.engine.op.CreateTable;
import dev.retort.engine.op.DropColumn;
import dev.retort.engine.op.DropSequence;
import dev.retort.engine.op.DropTable;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.SequenceDef;
import dev.retort.engine.schema.TableDef;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequenceComparatorTest {
  private final SchemaComparator comparator = new SchemaComparator();

  private static final SequenceDef ITEMS_SEQ = sequence("items_seq").incrementBy(50);
  private static final TableDef ITEMS = TableDef.of("items", List.of(column("id", bigint()).notNull(),
      primaryKey("id")));

  private static SchemaModel schema(List<TableDef> tables, SequenceDef... sequences) {
    return new SchemaModel(tables, List.of(sequences));
  }

  /** Applying the upgrade to current gives target, and the downgrade gives current back. */
  private SchemaDiff assertConverges(SchemaModel target, SchemaModel current) {
    SchemaDiff diff = comparator.compare(target, current);
    SchemaModel upgraded = apply(current, diff.upgrade());
    assertThat(upgraded).as("upgrade reaches the target").isEqualTo(target);
    assertThat(comparator.compare(target, upgraded).upgrade()).isEmpty();
    assertThat(apply(upgraded, diff.downgrade())).as("downgrade restores current").isEqualTo(current);
    return diff;
  }

  private static SchemaModel apply(SchemaModel schema, List<SchemaOp> ops) {
    SchemaModel result = schema;
    for (SchemaOp op : ops) {
      result = op.applyTo(result);
    }
    return result;
  }

  @Test
  void sameSequencesGiveNothing() {
    SchemaModel both = schema(List.of(ITEMS), ITEMS_SEQ, sequence("a_seq"));
    assertThat(comparator.compare(both, schema(List.of(ITEMS), sequence("a_seq"), ITEMS_SEQ)).upgrade()).isEmpty();
  }

  @Test
  void sequencesAreCreatedBeforeTablesAndDroppedAfterThem() {
    SchemaDiff diff = assertConverges(schema(List.of(ITEMS), ITEMS_SEQ, sequence("a_seq")), SchemaModel.EMPTY);
    assertThat(diff.upgrade()).isEqualTo(List.of(new CreateSequence(sequence("a_seq")),
        new CreateSequence(ITEMS_SEQ), new CreateTable(ITEMS)));
    assertThat(diff.downgrade()).isEqualTo(List.of(new DropTable(ITEMS), new DropSequence(ITEMS_SEQ),
        new DropSequence(sequence("a_seq"))));
    assertThat(comparator.compare(SchemaModel.EMPTY, schema(List.of(ITEMS), ITEMS_SEQ)).upgrade())
        .isEqualTo(List.of(new DropTable(ITEMS), new DropSequence(ITEMS_SEQ)));
  }

  /** A column default may draw from the sequence: it exists before the column and goes after it. */
  @Test
  void aSequenceOutlivesTheColumnsThatMayUseIt() {
    TableDef numbered = ITEMS.withColumns(List.of(column("id", bigint()).notNull(),
        column("ticket", bigint()).withDefault("nextval('tickets_seq')")));
    SequenceDef tickets = sequence("tickets_seq");
    SchemaDiff diff = assertConverges(schema(List.of(numbered), tickets), schema(List.of(ITEMS)));
    assertThat(diff.upgrade()).isEqualTo(List.of(new CreateSequence(tickets),
        new AddColumn("items", numbered.columns().get(1))));
    assertThat(diff.downgrade()).isEqualTo(List.of(new DropColumn("items", numbered.columns().get(1)),
        new DropSequence(tickets)));
  }

  @Test
  void aChangedIncrementIsAnAlter() {
    SchemaDiff diff = assertConverges(schema(List.of(ITEMS), ITEMS_SEQ),
        schema(List.of(ITEMS), sequence("items_seq")));
    assertThat(diff.upgrade()).isEqualTo(List.of(new AlterSequence(sequence("items_seq"), ITEMS_SEQ)));
    assertThat(diff.upgrade()).extracting(SchemaOp::describe)
        .containsExactly("alter sequence items_seq increment 1 -> 50");
    assertThat(diff.warnings()).isEmpty();
  }

  @Test
  void aChangedStartIsAnAlterThatSaysTheNextValueStays() {
    SequenceDef later = ITEMS_SEQ.startWith(1000);
    SchemaDiff diff = assertConverges(schema(List.of(ITEMS), later), schema(List.of(ITEMS), ITEMS_SEQ));
    assertThat(diff.upgrade()).isEqualTo(List.of(new AlterSequence(ITEMS_SEQ, later)));
    assertThat(diff.warnings()).containsExactly("Sequence items_seq changes its start from 1 to 1000: the"
        + " migration records the new start, but a sequence in use goes on from the value it reached. If new"
        + " ids must begin at 1000, add op.execute(\"ALTER SEQUENCE items_seq RESTART WITH 1000\") once no row"
        + " holds an id it would hand out again.");
  }
}
